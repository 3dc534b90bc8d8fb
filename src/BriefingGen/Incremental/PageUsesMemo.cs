using System.Runtime.InteropServices;
using BriefingGen.Diagnostics;
using BriefingGen.Model;
using BriefingGen.Parsing;
using Markdig.Syntax;

namespace BriefingGen.Incremental;

/// <summary>
/// Each page's resolved uses and the problems found in them, kept between builds (serve) so that an edit
/// resolves only the pages it changed. A page's uses depend on its own parse and on what it can name: the data, the
/// other pages' paths and URLs, and the refused pages; when any of those changes, everything is resolved again.
/// </summary>
public sealed class PageUsesMemo
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, ResolvedPage> _written = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string, PageKind), ResolvedPage> _generated = new();
    private IReadOnlyList<ParsedDataFile> _data = [];
    private List<string> _pages = [];

    // A page's uses and their problems, with what they were resolved from.
    private sealed record ResolvedPage(FrontMatter? FrontMatter, MarkdownDocument? Body, string Url, int BodyLineOffset, PageUses Uses, IReadOnlyList<Diagnostic> Diagnostics);

    /// <summary>What every page uses and the cross-references, as <see cref="ReferenceResolver.Resolve"/> finds them, resolving only the pages that changed.</summary>
    public CrossReferences Resolve(ReferenceResolver resolver, IReadOnlyList<Page> pages, DiagnosticBag diagnostics)
    {
        var results = new PageUses[pages.Count];
        var shownTextsChanged = ShownTextsChanged(pages);
        // Most pages' uses are reused after an edit: they are found in one pass, and only the rest resolved in parallel.
        var again = new List<int>();
        for (var i = 0; i < pages.Count; i++)
        {
            if (Reused(pages[i], shownTextsChanged, diagnostics) is { } known)
            {
                results[i] = known;
            }
            else
            {
                again.Add(i);
            }
        }

        Parallel.ForEach(again, i => results[i] = Resolved(resolver, pages[i], diagnostics));
        if (Patchable(pages, results) is { } changed)
        {
            return Patched(pages, results, changed);
        }

        var uses = ReferenceResolver.UsesByUrl(pages, results);
        return Resolved(pages, results, Links is { } before ? CrossReferences.Update(before, uses) : new CrossReferences(uses));
    }

    // A page's uses, and the problems in them, are reused while the page and what it can name stay the same; null when
    // they must be resolved again.
    private PageUses? Reused(Page page, bool shownTextsChanged, DiagnosticBag diagnostics)
    {
        if (!ReferenceResolver.HasUses(page))
        {
            return PageUses.None;
        }

        // A page that embeds a grid or table shows other pages' reasons and notes: it is resolved again when they changed.
        if (Find(page) is not { } known || (shownTextsChanged && ReferenceResolver.ShowsOtherPagesTexts(page, known.Uses)))
        {
            return null;
        }

        foreach (var diagnostic in known.Diagnostics)
        {
            diagnostics.Add(diagnostic);
        }

        return known.Uses;
    }

    private PageUses Resolved(ReferenceResolver resolver, Page page, DiagnosticBag diagnostics)
    {
        var own = new DiagnosticBag();
        var uses = resolver.Collect(page, own);
        if (LastUses(page) is { } last && PageUses.Same(last, uses))
        {
            uses = last; // an edit that uses the same things leaves the cross-references as they were
        }

        var problems = own.Sorted();
        foreach (var diagnostic in problems)
        {
            diagnostics.Add(diagnostic);
        }

        Store(page, uses, problems);
        return uses;
    }

    // Whether any page's placement reasons or evidence notes, which embedded grids and tables show on other pages, are
    // not as they were at the last build (an edit to a page's body leaves them as they were).
    private bool ShownTextsChanged(IReadOnlyList<Page> pages)
    {
        foreach (var page in pages)
        {
            if (page.SourcePath is null || page.FrontMatter is not { } now)
            {
                continue;
            }

            if (!_written.TryGetValue(page.SourcePath, out var before) || before.FrontMatter is not { } then)
            {
                if (now.Placements.Count > 0 || now.Evidence.Count > 0)
                {
                    return true;
                }
            }
            else if (!ReferenceEquals(then, now) && !(then.Placements.SequenceEqual(now.Placements) && then.Evidence.SequenceEqual(now.Evidence)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Starts a build: forgets everything when the data files (parsed objects, kept while their text is unchanged) or the pages changed.</summary>
    public void Prepare(IReadOnlyList<ParsedDataFile> data, IReadOnlyList<Page> pages, IReadOnlyList<RefusedPage> refused)
    {
        var names = new List<string>(_pages.Count);
        foreach (var page in pages)
        {
            if (page.SourcePath is not null)
            {
                names.Add(page.SourcePath);
                names.Add(page.Url);
            }
        }

        names.AddRange(refused.Select(r => "refused " + r.SourcePath));
        if (data.Count != _data.Count || data.Where((file, i) => !ReferenceEquals(file, _data[i])).Any() ||
            !CollectionsMarshal.AsSpan(names).SequenceEqual(CollectionsMarshal.AsSpan(_pages)))
        {
            _written.Clear();
            _generated.Clear();
            Links = null;
        }

        _data = data;
        _pages = names;
    }

    // The last build's cross-references, which the next build updates for the pages whose uses changed.
    private CrossReferences? Links { get; set; }

    // The last build's pages and their uses, by place: an edit compares this build's with them without a lookup by URL.
    private Page[] _resolvedPages = [];
    private PageUses[] _resolvedUses = [];

    /// <summary>
    /// The places of the pages whose uses changed since the last build, when the pages stand where they stood with
    /// the same URLs (after most edits they do); null when the cross-references must be worked out from every page.
    /// </summary>
    private List<int>? Patchable(IReadOnlyList<Page> pages, PageUses[] uses)
    {
        if (Links is null || pages.Count != _resolvedPages.Length)
        {
            return null;
        }

        var changed = new List<int>();
        for (var i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            if (!ReferenceEquals(page, _resolvedPages[i]) && !string.Equals(page.Url, _resolvedPages[i].Url, StringComparison.Ordinal))
            {
                return null;
            }

            if (!ReferenceEquals(uses[i], _resolvedUses[i]))
            {
                changed.Add(i);
            }
        }

        return changed;
    }

    /// <summary>Keeps this build's pages, uses and cross-references for the next.</summary>
    private CrossReferences Resolved(IReadOnlyList<Page> pages, PageUses[] uses, CrossReferences links)
    {
        _resolvedPages = [.. pages];
        _resolvedUses = uses;
        return Links = links;
    }

    /// <summary>This build's cross-references, patched from the last build's for the pages at the changed places (see <see cref="Patchable"/>).</summary>
    private CrossReferences Patched(IReadOnlyList<Page> pages, PageUses[] uses, List<int> changed)
    {
        var before = Links!;
        if (changed.Count == 0)
        {
            return Resolved(pages, uses, before);
        }

        // A copy of the last build's table (a copy of a table is made without hashing), with the changed pages' entries.
        var byPage = before.ByPage is Dictionary<string, PageUses> table ? new Dictionary<string, PageUses>(table, StringComparer.Ordinal)
            : new Dictionary<string, PageUses>(before.ByPage, StringComparer.Ordinal);
        var urls = new List<string>(changed.Count);
        foreach (var place in changed)
        {
            var url = pages[place].Url;
            urls.Add(url);
            if (ReferenceEquals(uses[place], PageUses.None))
            {
                byPage.Remove(url);
            }
            else
            {
                byPage[url] = uses[place];
            }
        }

        return Resolved(pages, uses, CrossReferences.Update(before, byPage, urls));
    }

    // The uses the page had when last resolved, whatever changed since; null when there was none.
    private PageUses? LastUses(Page page) =>
        (page.SourcePath is null ? _generated.GetValueOrDefault((page.Url, page.Kind)) : _written.GetValueOrDefault(page.SourcePath))?.Uses;

    // A written page's resolution holds while its parse and URL are the same; a generated page's (its data's uses)
    // while the data and the pages are, as Prepare forgets them otherwise.
    private ResolvedPage? Find(Page page)
    {
        if (page.SourcePath is null)
        {
            return _generated.TryGetValue((page.Url, page.Kind), out var generated) ? generated : null;
        }

        return _written.TryGetValue(page.SourcePath, out var written) && ReferenceEquals(written.FrontMatter, page.FrontMatter) &&
            ReferenceEquals(written.Body, page.Body) && written.Url == page.Url && written.BodyLineOffset == page.BodyLineOffset
                ? written
                : null;
    }

    private void Store(Page page, PageUses uses, IReadOnlyList<Diagnostic> diagnostics)
    {
        var resolved = new ResolvedPage(page.FrontMatter, page.Body, page.Url, page.BodyLineOffset, uses, diagnostics);
        if (page.SourcePath is null)
        {
            _generated[(page.Url, page.Kind)] = resolved;
        }
        else
        {
            _written[page.SourcePath] = resolved;
        }
    }
}
