/** Relation statuses, in the order the relation table and the traversal index number them. Kept free of zod so traversal workers can import it. */
export const STATUSES = ['reviewed', 'extracted', 'rejected'] as const;
