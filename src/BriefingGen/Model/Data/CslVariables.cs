namespace BriefingGen.Model.Data;

/// <summary>
/// The item fields of CSL 1.0.2 (and of the CSL-JSON schema, with the older names Zotero still writes): a reference
/// with any of them is as a reference manager exported it, so none is reported as unknown, used or not.
/// </summary>
public static class CslVariables
{
    /// <summary>Every field name, in the spelling of the specification (<c>DOI</c>, <c>publisher-place</c>).</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        // Item fields of the CSL-JSON schema.
        "id", "type", "citation-key", "categories", "language", "journalAbbreviation", "shortTitle", "custom",
        // Standard variables.
        "abstract", "annote", "archive", "archive_collection", "archive_location", "archive-place", "authority",
        "call-number", "chapter-number", "citation-label", "citation-number", "collection-number", "collection-title",
        "container-title", "container-title-short", "dimensions", "division", "DOI", "edition", "event", "event-title",
        "event-place", "first-reference-note-number", "genre", "ISBN", "ISSN", "issue", "jurisdiction", "keyword",
        "license", "locator", "medium", "note", "number", "number-of-pages", "number-of-volumes", "original-publisher",
        "original-publisher-place", "original-title", "page", "page-first", "part-number", "part-title", "PMCID", "PMID",
        "printing-number", "publisher", "publisher-place", "references", "reviewed-genre", "reviewed-title", "scale",
        "section", "source", "status", "supplement-number", "title", "title-short", "URL", "version", "volume",
        "volume-title", "volume-title-short", "year-suffix",
        // Date variables.
        "accessed", "available-date", "event-date", "issued", "original-date", "submitted",
        // Name variables.
        "author", "chair", "collection-editor", "compiler", "composer", "container-author", "contributor", "curator",
        "director", "editor", "editorial-director", "editor-translator", "executive-producer", "guest", "host",
        "illustrator", "interviewer", "narrator", "organizer", "original-author", "performer", "producer", "recipient",
        "reviewed-author", "script-writer", "series-creator", "translator",
    ];

    /// <summary>The parts of a CSL name.</summary>
    public static IReadOnlyList<string> NameParts { get; } =
        ["family", "given", "literal", "non-dropping-particle", "dropping-particle", "suffix", "comma-suffix", "static-ordering", "parse-names"];

    /// <summary>The parts of a CSL date besides <c>date-parts</c>.</summary>
    public static IReadOnlyList<string> DateParts { get; } = ["date-parts", "season", "circa", "literal", "raw"];
}
