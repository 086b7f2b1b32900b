/** Top-level fields whose values differ between two versions of a document. */
export declare function changedFields(before: Record<string, unknown> | null, after: Record<string, unknown> | null): string[];
/** Fields whose changes are bookkeeping, not a change to the person's data. */
export declare const auditIgnoredFields: readonly ["updatedAt", "updatedBy"];
