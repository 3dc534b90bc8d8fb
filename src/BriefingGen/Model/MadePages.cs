using BriefingGen.Diagnostics;
using BriefingGen.Parsing;

namespace BriefingGen.Model;

/// <summary>
/// What <see cref="ContentPages"/> made from each parse in the last build (serve), by the parse's place. After an edit
/// that changes a page but not its URL or its kind of place in the list (most edits), the last list is copied and the
/// edited pages put in their places: at 10,000 pages, reading every parse and page to list them again was the largest
/// part of an edit's making of pages.
/// </summary>
public sealed class MadePages
{
    private const int MostChanged = 16; // beyond this many changed parses, the pages are listed again from all of them

    // One parse's outcome: skipped as a draft, refused (no page), or its page and where the list holds it (-1: nowhere,
    // a second list page for the same folder). Structs, so that comparing them reads no parse or page.
    internal record struct Made(ParsedPage Parsed, bool Draft, Page? Page, string? Url, bool IsListing, IReadOnlyList<Diagnostic> Problems, int At);

    /// <summary>The problems of a parse that made its page without any (shared, so that a look at them reads nothing).</summary>
    internal static readonly IReadOnlyList<Diagnostic> NoProblems = [];

    private Made[] _made = [];
    private Page[] _pages = [];
    private string? _siteTitle;
    private bool _includeDrafts;
    private int _refused;

    /// <summary>The pages, made by patching the last build's list; null when they must be listed again from every parse.</summary>
    internal List<Page>? Patched(IReadOnlyList<ParsedPage> parsed, string siteTitle, bool includeDrafts, DiagnosticBag diagnostics,
        Func<ParsedPage, bool, Made> make, out int refused)
    {
        refused = _refused;
        if (parsed.Count != _made.Length || siteTitle != _siteTitle || includeDrafts != _includeDrafts)
        {
            return null;
        }

        var changed = new List<(int Place, Made Now)>();
        for (var i = 0; i < parsed.Count; i++)
        {
            if (ReferenceEquals(parsed[i], _made[i].Parsed))
            {
                continue;
            }

            var was = _made[i];
            var now = make(parsed[i], includeDrafts);
            // The same kind of place in the list: skipped or refused as before, or a page with the same URL that is a
            // list page or not as before (so the folders, and the list pages made for them, are the same).
            if (changed.Count == MostChanged || now.Draft != was.Draft || (now.Page is null) != (was.Page is null) ||
                (now.Page is not null && (was.At < 0 || now.Url != was.Url || now.IsListing != was.IsListing)))
            {
                return null;
            }

            changed.Add((i, now with { At = was.At }));
        }

        foreach (var (place, now) in changed)
        {
            _made[place] = now;
            if (now.Page is not null)
            {
                _pages[now.At] = now.Page;
            }
        }

        foreach (var made in _made)
        {
            if (!ReferenceEquals(made.Problems, NoProblems))
            {
                foreach (var problem in made.Problems)
                {
                    diagnostics.Add(problem);
                }
            }
        }

        return [.. _pages];
    }

    internal void Keep(Made[] made, List<Page> pages, string siteTitle, bool includeDrafts, int refused)
    {
        (_made, _pages, _siteTitle, _includeDrafts, _refused) = (made, [.. pages], siteTitle, includeDrafts, refused);
    }
}
