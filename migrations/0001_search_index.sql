-- Full-text index over roles, skills and certifications for /v1/search and the roles list's `q`.
-- Rows are written by the application (src/search/indexer.ts) in the same transaction as the
-- entity they describe. bm25 weights: title over body.
CREATE VIRTUAL TABLE `search_index` USING fts5(
	`entity_type` UNINDEXED,
	`entity_id` UNINDEXED,
	`title`,
	`body`,
	tokenize = 'porter unicode61 remove_diacritics 2',
	prefix = '2 3'
);
