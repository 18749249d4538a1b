/**
 * The JSON form of assessments, findings and grants, as the command-line checker's {@code jsonl}
 * report writes them: see {@link io.github.vetmobility.json.Json}.
 */
package io.github.vetmobility.json;
