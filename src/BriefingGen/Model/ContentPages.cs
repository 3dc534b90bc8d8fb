using System.Text.RegularExpressions;
using BriefingGen.Diagnostics;
using BriefingGen.Loading;
using BriefingGen.Parsing;

namespace BriefingGen.Model;

/// <summary>Turns parsed Markdown files into pages: URL from folder, file name and slug; kind from front matter or section; one list page per folder.</summary>
public static partial class ContentPages
{
    /// <summary>The problems of a parse that made its page without any (shared, so that a look at them reads nothing).</summary>
    public static readonly IReadOnlyList<Diagnostic> NoProblems = [];

    /// <param name="refused">How many parses left out of the list that are not drafts: refused (their problems are reported), or a second list page for a folder.</param>
    public static List<Page> Build(IReadOnlyList<ParsedPage> parsed, string siteTitle, bool includeDrafts, DiagnosticBag diagnostics, out int refused) =>
        Build(parsed, siteTitle, includeDrafts, diagnostics, Make, out refused, out _);

    /// <param name="make">How a parse becomes its page (<see cref="Make"/>, or one that remembers what each parse made).</param>
    /// <param name="outcomes">What each parse made, and where its page stands in the list.</param>
    public static List<Page> Build(IReadOnlyList<ParsedPage> parsed, string siteTitle, bool includeDrafts, DiagnosticBag diagnostics,
        Func<ParsedPage, bool, PageOutcome> make, out int refused, out PageOutcome[] outcomes)
    {
        var pages = new List<Page>(parsed.Count + 16);
        var made = outcomes = new PageOutcome[parsed.Count];
        var listings = new Dictionary<string, (Page Page, int Place)>(StringComparer.Ordinal);
        refused = 0;
        for (var i = 0; i < parsed.Count; i++)
        {
            var outcome = made[i] = make(parsed[i], includeDrafts);
            foreach (var problem in outcome.Problems)
            {
                diagnostics.Add(problem);
            }

            if (outcome.Draft)
            {
                continue;
            }

            if (outcome.Page is not { } page)
            {
                refused++;
                continue;
            }

            if (outcome.IsListing)
            {
                if (listings.ContainsKey(page.Url))
                {
                    refused++; // the later file for the folder's list page is the one kept
                }

                listings[page.Url] = (page, i);
            }
            else
            {
                made[i].At = pages.Count;
                pages.Add(page);
            }
        }

        // Every folder that holds a page gets a list page, and so does every folder above it, up to the home page.
        var folders = new HashSet<string>(StringComparer.Ordinal) { "" };
        foreach (var page in pages)
        {
            // A folder seen before has had the folders above it added already.
            for (var folder = Site.ParentOf(page); folder.Length > 0 && folders.Add(folder); folder = Page.ListUrlOf(folder))
            {
            }
        }

        foreach (var folder in folders.Order(StringComparer.Ordinal).Concat(listings.Keys).Distinct())
        {
            if (listings.TryGetValue(folder, out var written))
            {
                made[written.Place].At = pages.Count;
                pages.Add(written.Page);
            }
            else
            {
                pages.Add(folder.Length == 0
                    ? new Page { Url = "", Kind = PageKind.Home, Title = siteTitle }
                    : new Page { Url = folder, Kind = PageKind.Section, Title = TitleOf(folder), Section = SectionOf(folder) });
            }
        }

        return pages;
    }

    /// <summary>What one parse makes: nothing for a draft left out, else its page (null when refused) and the problems found making it.</summary>
    public static PageOutcome Make(ParsedPage source, bool includeDrafts)
    {
        if (source.FrontMatter.Draft && !includeDrafts)
        {
            return new PageOutcome(source, true, null, null, false, NoProblems, -1);
        }

        var own = new DiagnosticBag();
        var page = FromSource(source, own);
        var problems = own.Sorted() is { Count: > 0 } found ? found : NoProblems;
        return new PageOutcome(source, false, page, page?.Url, page?.IsListing ?? false, problems, -1);
    }

    private static Page? FromSource(ParsedPage source, DiagnosticBag diagnostics)
    {
        var front = source.FrontMatter;
        var relative = source.Source.Path[(SiteLoader.ContentFolder.Length + 1)..];
        var folder = relative.Contains('/') ? relative[..(relative.LastIndexOf('/') + 1)] : "";
        var fileName = Path.GetFileNameWithoutExtension(relative);
        // index.md in a folder is a page bundle (as Hugo's): a page whose files sit beside it, at its folder's URL.
        var isBundle = fileName == "index" && folder.Length > 0;
        var isListing = fileName == "_index" || (fileName == "index" && !isBundle);

        var lastSegment = fileName;
        if (front.Slug is { } slug)
        {
            slug = slug with { Value = SitePath.Normalised(slug.Value) };
            if (!IsSafeSlug(slug.Value))
            {
                diagnostics.Error(DiagnosticCodes.UnsafeSlug, slug.Span,
                    $"slug '{slug.Value}' is not allowed: a slug is one URL segment of letters, digits, '-', '_' or '.', without '/', '\\' or '..'");
                return null;
            }

            if (isListing)
            {
                diagnostics.Error(DiagnosticCodes.UnsafeSlug, slug.Span, "a section's _index.md cannot have a slug: its URL is its folder's");
                return null;
            }

            lastSegment = slug.Value;
        }

        if (front.Layout is { } layout && !IsSafeLayout(layout.Value))
        {
            diagnostics.Error(DiagnosticCodes.UnsafeLayout, layout.Span,
                $"layout '{layout.Value}' is not allowed: name a template under templates/layouts/ without '..', '\\' or a leading '/' (e.g. 'case-study')");
            return null;
        }

        var url = isListing ? folder
            : isBundle ? (front.Slug is null ? folder : Page.ListUrlOf(folder) + lastSegment + "/")
            : folder + lastSegment + "/";
        var section = SectionOf(url);
        PageKind kind;
        if (isListing)
        {
            kind = url.Length == 0 ? PageKind.Home : PageKind.Section;
        }
        else if (front.Kind is { } kindText)
        {
            var parsed = PageKinds.FromFrontMatter(kindText.Value);
            if (parsed is null)
            {
                diagnostics.Error(DiagnosticCodes.InvalidValue, kindText.Span,
                    $"'kind' must be case-study, briefing, perspective or page, not '{kindText.Value}'");
                return null;
            }

            kind = parsed.Value;
        }
        else
        {
            kind = PageKinds.FromSection(section);
        }

        return new Page
        {
            Url = url,
            Kind = kind,
            Title = front.Title,
            Section = section,
            SourcePath = source.Source.Path,
            SourceText = source.Source.Text,
            FrontMatter = front,
            Body = source.Body,
            BodyLineOffset = source.BodyLineOffset,
            Summary = front.Summary,
            WrittenDate = front.WrittenDate,
            Authors = front.Authors,
            Weight = front.Weight ?? 0,
            Layout = front.Layout,
        };
    }

    /// <summary>The URL a page file has when its front matter gives no slug: what links to it expect.</summary>
    public static string DefaultUrl(string sourcePath)
    {
        var relative = sourcePath.StartsWith(SiteLoader.ContentFolder + "/", StringComparison.Ordinal) ? sourcePath[(SiteLoader.ContentFolder.Length + 1)..] : sourcePath;
        var folder = relative.Contains('/') ? relative[..(relative.LastIndexOf('/') + 1)] : "";
        var fileName = Path.GetFileNameWithoutExtension(relative);
        return SitePath.Normalised(fileName is "_index" or "index" ? folder : folder + fileName + "/");
    }

    public static string SectionOf(string url) => url.Contains('/') ? url[..url.IndexOf('/')] : "";

    private static string TitleOf(string folder)
    {
        var name = folder.TrimEnd('/');
        name = name[(name.LastIndexOf('/') + 1)..].Replace('-', ' ').Replace('_', ' ');
        return name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];
    }

    private static bool IsSafeSlug(string slug) => SlugPattern().IsMatch(slug) && slug != "." && !slug.Contains("..");

    private static bool IsSafeLayout(string layout) =>
        LayoutPattern().IsMatch(layout) && !layout.Split('/').Any(part => part is "" or "." or "..");

    // Letters may carry combining accents (\p{M}) that have no composed form.
    [GeneratedRegex(@"^[\p{L}\p{M}\p{N}._\-]+$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex(@"^[\p{L}\p{N}._\-/]+$")]
    private static partial Regex LayoutPattern();
}
