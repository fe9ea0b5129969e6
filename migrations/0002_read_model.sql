CREATE TABLE `read_model_state` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `role_document_dependencies` (
	`entity_type` text NOT NULL,
	`entity_id` text NOT NULL,
	`role_id` text NOT NULL,
	PRIMARY KEY(`entity_type`, `entity_id`, `role_id`),
	FOREIGN KEY (`role_id`) REFERENCES `roles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `role_document_dependencies_role_id_idx` ON `role_document_dependencies` (`role_id`);--> statement-breakpoint
CREATE TABLE `role_documents` (
	`role_id` text NOT NULL,
	`variant` text NOT NULL,
	`media_type` text NOT NULL,
	`hash` text NOT NULL,
	`last_modified` text NOT NULL,
	`identity` blob NOT NULL,
	`gzip` blob NOT NULL,
	`br` blob NOT NULL,
	`parts` text,
	PRIMARY KEY(`role_id`, `variant`),
	FOREIGN KEY (`role_id`) REFERENCES `roles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
DROP INDEX `role_tags_tag_idx`;--> statement-breakpoint
CREATE INDEX `role_tags_tag_lower_idx` ON `role_tags` (lower("tag"));