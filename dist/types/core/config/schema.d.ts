/**
 * The JSON Schema of `.predator-guard.yml`. It is built from the rules' own metadata so that a rule's options are
 * validated where they are declared; `npm run build` writes it to schema/predator-guard.schema.json for editors.
 */
export declare function configSchema(): Record<string, unknown>;
