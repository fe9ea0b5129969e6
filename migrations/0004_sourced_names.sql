ALTER TABLE `sources` ADD `published_on_basis` text;--> statement-breakpoint
ALTER TABLE `sources` ADD `publisher_basis` text;--> statement-breakpoint
CREATE TABLE `certification_names` (
	`certification_id` text NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`source_id` text NOT NULL,
	PRIMARY KEY(`certification_id`, `name`, `source_id`),
	FOREIGN KEY (`certification_id`) REFERENCES `certifications`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `certification_names_source_id_idx` ON `certification_names` (`source_id`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_role_alternate_titles` (
	`role_id` text NOT NULL,
	`title` text NOT NULL,
	`source_id` text NOT NULL,
	PRIMARY KEY(`role_id`, `title`, `source_id`),
	FOREIGN KEY (`role_id`) REFERENCES `roles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_role_alternate_titles`("role_id", "title", "source_id") SELECT "role_id", "title", "source_id" FROM `role_alternate_titles` WHERE "source_id" IS NOT NULL;--> statement-breakpoint
DROP TABLE `role_alternate_titles`;--> statement-breakpoint
ALTER TABLE `__new_role_alternate_titles` RENAME TO `role_alternate_titles`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `role_alternate_titles_source_id_idx` ON `role_alternate_titles` (`source_id`);--> statement-breakpoint
CREATE TABLE `__new_skill_aliases` (
	`skill_id` text NOT NULL,
	`alias` text NOT NULL,
	`kind` text NOT NULL,
	`source_id` text NOT NULL,
	PRIMARY KEY(`skill_id`, `alias`, `source_id`),
	FOREIGN KEY (`skill_id`) REFERENCES `skills`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
-- Aliases had no source: they are dropped here and loaded again, with their sources, by the seed.
DROP TABLE `skill_aliases`;--> statement-breakpoint
ALTER TABLE `__new_skill_aliases` RENAME TO `skill_aliases`;--> statement-breakpoint
CREATE INDEX `skill_aliases_source_id_idx` ON `skill_aliases` (`source_id`);--> statement-breakpoint
ALTER TABLE `certifications` DROP COLUMN `abbreviation`;