ALTER TABLE `sources` ADD `published_on_basis` text;--> statement-breakpoint
ALTER TABLE `sources` ADD `publisher_basis` text;