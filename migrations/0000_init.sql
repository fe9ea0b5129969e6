CREATE TABLE `certifications` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`abbreviation` text,
	`kind` text NOT NULL,
	`issuing_body` text,
	`description` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `certifications_name_idx` ON `certifications` (`name`,`id`);--> statement-breakpoint
CREATE TABLE `education_requirement_fields` (
	`requirement_id` text NOT NULL,
	`field_of_study_id` text NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`requirement_id`, `field_of_study_id`),
	FOREIGN KEY (`requirement_id`) REFERENCES `education_requirements`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`field_of_study_id`) REFERENCES `fields_of_study`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `education_requirement_programs` (
	`requirement_id` text NOT NULL,
	`training_program_id` text NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`requirement_id`, `training_program_id`),
	FOREIGN KEY (`requirement_id`) REFERENCES `education_requirements`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`training_program_id`) REFERENCES `training_programs`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `education_requirements` (
	`id` text PRIMARY KEY NOT NULL,
	`role_id` text NOT NULL,
	`source_id` text NOT NULL,
	`minimum_level` text,
	`minimum_level_rank` integer,
	`minimum_text` text,
	`preferred_levels` text NOT NULL,
	`preferred_text` text,
	`notes` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`role_id`) REFERENCES `roles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `education_requirements_role_source_idx` ON `education_requirements` (`role_id`,`source_id`);--> statement-breakpoint
CREATE INDEX `education_requirements_rank_idx` ON `education_requirements` (`minimum_level_rank`);--> statement-breakpoint
CREATE TABLE `experience_requirements` (
	`id` text PRIMARY KEY NOT NULL,
	`role_id` text NOT NULL,
	`source_id` text NOT NULL,
	`position` integer NOT NULL,
	`label` text,
	`min_years` real,
	`max_years` real,
	`text` text NOT NULL,
	`preferred_populations` text NOT NULL,
	`preferred_settings` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`role_id`) REFERENCES `roles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "experience_years_order" CHECK("experience_requirements"."min_years" IS NULL OR "experience_requirements"."max_years" IS NULL OR "experience_requirements"."min_years" <= "experience_requirements"."max_years")
);
--> statement-breakpoint
CREATE INDEX `experience_requirements_role_id_idx` ON `experience_requirements` (`role_id`,`source_id`,`position`);--> statement-breakpoint
CREATE TABLE `fields_of_study` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `progression_edges` (
	`id` text PRIMARY KEY NOT NULL,
	`from_role_id` text NOT NULL,
	`to_role_id` text NOT NULL,
	`kind` text NOT NULL,
	`condition` text,
	`source_id` text NOT NULL,
	`section` text NOT NULL,
	`position` integer NOT NULL,
	`quote` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`from_role_id`) REFERENCES `roles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`to_role_id`) REFERENCES `roles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "progression_edges_no_self_loop" CHECK("progression_edges"."from_role_id" <> "progression_edges"."to_role_id")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `progression_edges_from_to_kind_source_idx` ON `progression_edges` (`from_role_id`,`to_role_id`,`kind`,`source_id`);--> statement-breakpoint
CREATE INDEX `progression_edges_to_role_id_idx` ON `progression_edges` (`to_role_id`);--> statement-breakpoint
CREATE TABLE `responsibilities` (
	`id` text PRIMARY KEY NOT NULL,
	`role_id` text NOT NULL,
	`source_id` text NOT NULL,
	`kind` text NOT NULL,
	`section` text NOT NULL,
	`position` integer NOT NULL,
	`text` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`role_id`) REFERENCES `roles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `responsibilities_role_id_idx` ON `responsibilities` (`role_id`,`source_id`,`position`);--> statement-breakpoint
CREATE TABLE `role_alternate_titles` (
	`role_id` text NOT NULL,
	`title` text NOT NULL,
	`source_id` text,
	PRIMARY KEY(`role_id`, `title`),
	FOREIGN KEY (`role_id`) REFERENCES `roles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `role_benefits` (
	`id` text PRIMARY KEY NOT NULL,
	`role_id` text NOT NULL,
	`source_id` text NOT NULL,
	`position` integer NOT NULL,
	`text` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`role_id`) REFERENCES `roles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `role_benefits_role_id_idx` ON `role_benefits` (`role_id`,`source_id`,`position`);--> statement-breakpoint
CREATE TABLE `role_certifications` (
	`id` text PRIMARY KEY NOT NULL,
	`role_id` text NOT NULL,
	`certification_id` text NOT NULL,
	`source_id` text NOT NULL,
	`importance` text NOT NULL,
	`alternative_group` text,
	`section` text NOT NULL,
	`position` integer NOT NULL,
	`wording` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`role_id`) REFERENCES `roles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`certification_id`) REFERENCES `certifications`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `role_certifications_role_cert_source_idx` ON `role_certifications` (`role_id`,`certification_id`,`source_id`);--> statement-breakpoint
CREATE INDEX `role_certifications_certification_id_idx` ON `role_certifications` (`certification_id`);--> statement-breakpoint
CREATE TABLE `role_codes` (
	`id` text PRIMARY KEY NOT NULL,
	`role_id` text NOT NULL,
	`scheme` text NOT NULL,
	`code` text NOT NULL,
	`label` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`role_id`) REFERENCES `roles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `role_codes_role_scheme_code_idx` ON `role_codes` (`role_id`,`scheme`,`code`);--> statement-breakpoint
CREATE TABLE `role_descriptions` (
	`id` text PRIMARY KEY NOT NULL,
	`role_id` text NOT NULL,
	`source_id` text NOT NULL,
	`text` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`role_id`) REFERENCES `roles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `role_descriptions_role_id_idx` ON `role_descriptions` (`role_id`,`source_id`);--> statement-breakpoint
CREATE TABLE `role_employment_types` (
	`role_id` text NOT NULL,
	`employment_type` text NOT NULL,
	`source_id` text NOT NULL,
	PRIMARY KEY(`role_id`, `employment_type`, `source_id`),
	FOREIGN KEY (`role_id`) REFERENCES `roles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `role_reporting_lines` (
	`role_id` text NOT NULL,
	`reports_to_role_id` text NOT NULL,
	`source_id` text NOT NULL,
	PRIMARY KEY(`role_id`, `reports_to_role_id`, `source_id`),
	FOREIGN KEY (`role_id`) REFERENCES `roles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`reports_to_role_id`) REFERENCES `roles`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `role_requirements` (
	`id` text PRIMARY KEY NOT NULL,
	`role_id` text NOT NULL,
	`source_id` text NOT NULL,
	`position` integer NOT NULL,
	`text` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`role_id`) REFERENCES `roles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `role_requirements_role_id_idx` ON `role_requirements` (`role_id`,`source_id`,`position`);--> statement-breakpoint
CREATE TABLE `role_skills` (
	`id` text PRIMARY KEY NOT NULL,
	`role_id` text NOT NULL,
	`skill_id` text NOT NULL,
	`source_id` text NOT NULL,
	`importance` text NOT NULL,
	`section` text NOT NULL,
	`position` integer NOT NULL,
	`wording` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`role_id`) REFERENCES `roles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`skill_id`) REFERENCES `skills`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `role_skills_role_skill_source_idx` ON `role_skills` (`role_id`,`skill_id`,`source_id`,`wording`);--> statement-breakpoint
CREATE INDEX `role_skills_skill_id_idx` ON `role_skills` (`skill_id`);--> statement-breakpoint
CREATE TABLE `role_sources` (
	`role_id` text NOT NULL,
	`source_id` text NOT NULL,
	`coverage` text NOT NULL,
	PRIMARY KEY(`role_id`, `source_id`),
	FOREIGN KEY (`role_id`) REFERENCES `roles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `role_sources_source_id_idx` ON `role_sources` (`source_id`);--> statement-breakpoint
CREATE TABLE `role_tags` (
	`role_id` text NOT NULL,
	`tag` text NOT NULL,
	`source_id` text,
	PRIMARY KEY(`role_id`, `tag`),
	FOREIGN KEY (`role_id`) REFERENCES `roles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `role_tags_tag_idx` ON `role_tags` (`tag`);--> statement-breakpoint
CREATE TABLE `role_work_settings` (
	`role_id` text NOT NULL,
	`work_setting_id` text NOT NULL,
	`source_id` text NOT NULL,
	PRIMARY KEY(`role_id`, `work_setting_id`, `source_id`),
	FOREIGN KEY (`role_id`) REFERENCES `roles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`work_setting_id`) REFERENCES `work_settings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `roles` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`detail` text NOT NULL,
	`broader_role_id` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`broader_role_id`) REFERENCES `roles`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `roles_title_idx` ON `roles` (`title`,`id`);--> statement-breakpoint
CREATE INDEX `roles_updated_at_idx` ON `roles` (`updated_at`,`id`);--> statement-breakpoint
CREATE INDEX `roles_broader_role_id_idx` ON `roles` (`broader_role_id`);--> statement-breakpoint
CREATE TABLE `salaries` (
	`id` text PRIMARY KEY NOT NULL,
	`role_id` text NOT NULL,
	`source_id` text NOT NULL,
	`position` integer NOT NULL,
	`kind` text NOT NULL,
	`currency` text NOT NULL,
	`period` text NOT NULL,
	`min` real,
	`max` real,
	`median` real,
	`average` real,
	`p10` real,
	`p25` real,
	`p75` real,
	`p90` real,
	`country` text,
	`subdivision` text,
	`reference_year` integer,
	`publisher` text,
	`quote` text NOT NULL,
	`notes` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`role_id`) REFERENCES `roles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "salary_range_order" CHECK("salaries"."min" IS NULL OR "salaries"."max" IS NULL OR "salaries"."min" <= "salaries"."max")
);
--> statement-breakpoint
CREATE INDEX `salaries_role_id_idx` ON `salaries` (`role_id`,`source_id`,`position`);--> statement-breakpoint
CREATE INDEX `salaries_period_currency_idx` ON `salaries` (`period`,`currency`);--> statement-breakpoint
CREATE TABLE `skill_aliases` (
	`skill_id` text NOT NULL,
	`alias` text NOT NULL,
	PRIMARY KEY(`skill_id`, `alias`),
	FOREIGN KEY (`skill_id`) REFERENCES `skills`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `skills` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`category` text,
	`description` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `skills_name_idx` ON `skills` (`name`,`id`);--> statement-breakpoint
CREATE INDEX `skills_kind_idx` ON `skills` (`kind`);--> statement-breakpoint
CREATE TABLE `sources` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`publisher` text,
	`author` text,
	`published_on` text,
	`description` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `training_programs` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`description` text,
	`source_id` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `work_settings` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
