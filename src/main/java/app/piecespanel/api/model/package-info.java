/**
 * The OS API's wire models, as immutable records, shared by the client and the built-in simulator (and nothing else
 * is shared between them). Field names follow the contract; fields the contract marks required are enforced when
 * reading, so a response that lacks one is reported as not making sense rather than half-read.
 */
package app.piecespanel.api.model;
