CREATE TABLE `outlook_statements` (
	`id` text PRIMARY KEY NOT NULL,
	`role_id` text NOT NULL,
	`source_id` text NOT NULL,
	`kind` text NOT NULL,
	`section` text NOT NULL,
	`position` integer NOT NULL,
	`label` text,
	`text` text NOT NULL,
	`attribution` text,
	`place` text,
	`country` text,
	`subdivision` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`role_id`) REFERENCES `roles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `outlook_statements_role_id_idx` ON `outlook_statements` (`role_id`,`source_id`,`position`);--> statement-breakpoint
CREATE TABLE `resources` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`abbreviation` text,
	`kind` text NOT NULL,
	`website` text,
	`description` text,
	`source_id` text NOT NULL,
	`section` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `resources_name_idx` ON `resources` (`name`,`id`);--> statement-breakpoint
CREATE INDEX `resources_kind_idx` ON `resources` (`kind`,`name`,`id`);--> statement-breakpoint
CREATE TABLE `role_resources` (
	`role_id` text NOT NULL,
	`resource_id` text NOT NULL,
	`source_id` text NOT NULL,
	`section` text NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`role_id`, `resource_id`, `source_id`),
	FOREIGN KEY (`role_id`) REFERENCES `roles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`resource_id`) REFERENCES `resources`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `role_resources_resource_id_idx` ON `role_resources` (`resource_id`);--> statement-breakpoint
CREATE TABLE `role_schools` (
	`role_id` text NOT NULL,
	`school_id` text NOT NULL,
	`source_id` text NOT NULL,
	`section` text NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`role_id`, `school_id`, `source_id`),
	FOREIGN KEY (`role_id`) REFERENCES `roles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`school_id`) REFERENCES `schools`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `role_schools_school_id_idx` ON `role_schools` (`school_id`);--> statement-breakpoint
CREATE TABLE `schools` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`city` text,
	`state` text,
	`source_id` text NOT NULL,
	`section` text NOT NULL,
	`tuition_currency` text NOT NULL,
	`in_state_tuition` real,
	`out_of_state_tuition` real,
	`admission_rate_percent` real,
	`graduation_rate_percent` real,
	`enrollment` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `schools_name_idx` ON `schools` (`name`,`id`);