using System.Runtime.CompilerServices;
using BriefingGen.Diagnostics;
using BriefingGen.Model;
using BriefingGen.Parsing;

namespace BriefingGen.Incremental;

/// <summary>
/// What <see cref="ContentPages"/> made from each parse in the last build (serve), by the parse's place. After an edit
/// that changes a page but not its URL or its kind of place in the list (most edits), the last list is copied and the
/// edited pages put in their places: at 10,000 pages, reading every parse and page to list them again was the largest
/// part of an edit's making of pages.
/// </summary>
public sealed class ContentPagesMemo
{
    private const int MostChanged = 16; // beyond this many changed parses, the pages are listed again from all of them

    // A parse always makes the same page, so each is made once per parse: unchanged files keep their parses, and at
    // 10,000 pages making their pages again was most of what an edit allocated.
    private readonly ConditionalWeakTable<ParsedPage, StrongBox<PageOutcome>> _outcomes = new();

    private PageOutcome[] _last = [];
    private Page[] _pages = [];
    private string? _siteTitle;
    private bool _includeDrafts;
    private int _refused;

    /// <summary>The pages <see cref="ContentPages.Build(IReadOnlyList{ParsedPage}, string, bool, DiagnosticBag, out int)"/> makes, patched from the last build's list when few parses changed.</summary>
    public List<Page> Build(IReadOnlyList<ParsedPage> parsed, string siteTitle, bool includeDrafts, DiagnosticBag diagnostics, out int refused)
    {
        if (Patched(parsed, siteTitle, includeDrafts, diagnostics, out refused) is { } patched)
        {
            return patched;
        }

        var pages = ContentPages.Build(parsed, siteTitle, includeDrafts, diagnostics, Make, out refused, out var outcomes);
        (_last, _pages, _siteTitle, _includeDrafts, _refused) = (outcomes, [.. pages], siteTitle, includeDrafts, refused);
        return pages;
    }

    private PageOutcome Make(ParsedPage parsed, bool includeDrafts) =>
        parsed.FrontMatter.Draft && !includeDrafts
            ? ContentPages.Make(parsed, includeDrafts)
            : _outcomes.GetValue(parsed, p => new StrongBox<PageOutcome>(ContentPages.Make(p, includeDrafts))).Value;

    // The pages, made by patching the last build's list; null when they must be listed again from every parse.
    private List<Page>? Patched(IReadOnlyList<ParsedPage> parsed, string siteTitle, bool includeDrafts, DiagnosticBag diagnostics, out int refused)
    {
        refused = _refused;
        if (parsed.Count != _last.Length || siteTitle != _siteTitle || includeDrafts != _includeDrafts)
        {
            return null;
        }

        var changed = new List<(int Place, PageOutcome Now)>();
        for (var i = 0; i < parsed.Count; i++)
        {
            if (ReferenceEquals(parsed[i], _last[i].Parsed))
            {
                continue;
            }

            var was = _last[i];
            var now = Make(parsed[i], includeDrafts);
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
            _last[place] = now;
            if (now.Page is not null)
            {
                _pages[now.At] = now.Page;
            }
        }

        foreach (var outcome in _last)
        {
            if (!ReferenceEquals(outcome.Problems, ContentPages.NoProblems))
            {
                foreach (var problem in outcome.Problems)
                {
                    diagnostics.Add(problem);
                }
            }
        }

        return [.. _pages];
    }
}
