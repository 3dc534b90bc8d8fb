using BriefingGen.Diagnostics;
using BriefingGen.Parsing;

namespace BriefingGen.Model;

/// <summary>
/// What one parse made (<see cref="ContentPages.Make"/>): skipped as a draft, refused (no page), or its page and
/// where the page list holds it (<see cref="At"/>; -1: nowhere, a second list page for the same folder). A struct, so
/// that comparing outcomes reads no parse or page.
/// </summary>
public record struct PageOutcome(ParsedPage Parsed, bool Draft, Page? Page, string? Url, bool IsListing, IReadOnlyList<Diagnostic> Problems, int At);
