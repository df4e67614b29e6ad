/** A CRD schema node as the unknown-field rule reads it: an object of fields, 1 (not checked further) or {'*': node} (a map). */
export type CrdNode = 1 | { readonly [field: string]: CrdNode };
