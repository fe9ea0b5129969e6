CREATE TABLE `certification_relations` (
	`certification_id` text NOT NULL,
	`related_certification_id` text NOT NULL,
	`relation` text NOT NULL,
	PRIMARY KEY(`certification_id`, `related_certification_id`),
	FOREIGN KEY (`certification_id`) REFERENCES `certifications`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`related_certification_id`) REFERENCES `certifications`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "certification_relations_no_self" CHECK("certification_relations"."certification_id" <> "certification_relations"."related_certification_id")
);
--> statement-breakpoint
CREATE INDEX `certification_relations_related_idx` ON `certification_relations` (`related_certification_id`);--> statement-breakpoint
CREATE TABLE `entry_route_fields` (
	`entry_route_id` text NOT NULL,
	`field_of_study_id` text NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`entry_route_id`, `field_of_study_id`),
	FOREIGN KEY (`entry_route_id`) REFERENCES `entry_routes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`field_of_study_id`) REFERENCES `fields_of_study`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `entry_routes` (
	`id` text PRIMARY KEY NOT NULL,
	`role_id` text NOT NULL,
	`source_id` text NOT NULL,
	`section` text NOT NULL,
	`position` integer NOT NULL,
	`background` text NOT NULL,
	`education_level` text,
	`related_fields` text,
	`quote` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`role_id`) REFERENCES `roles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `entry_routes_role_id_idx` ON `entry_routes` (`role_id`,`source_id`,`position`);--> statement-breakpoint
ALTER TABLE `education_requirements` ADD `related_fields` text;--> statement-breakpoint
ALTER TABLE `experience_requirements` ADD `min_years_exclusive` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `role_certifications` ADD `alternatives` text;--> statement-breakpoint
ALTER TABLE `role_certifications` ADD `alternatives_label` text;--> statement-breakpoint
ALTER TABLE `role_certifications` ADD `qualifier` text DEFAULT 'none' NOT NULL;--> statement-breakpoint
ALTER TABLE `role_certifications` ADD `basis` text DEFAULT 'stated' NOT NULL;--> statement-breakpoint
ALTER TABLE `roles` ADD `kind` text DEFAULT 'occupation' NOT NULL;