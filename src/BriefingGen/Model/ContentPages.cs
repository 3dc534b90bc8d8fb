using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using BriefingGen.Diagnostics;
using BriefingGen.Loading;
using BriefingGen.Parsing;

namespace BriefingGen.Model;

/// <summary>Turns parsed Markdown files into pages: URL from folder, file name and slug; kind from front matter or section; one list page per folder.</summary>
public static partial class ContentPages
{
    // A parse always makes the same page, so each is made once per parse: serve keeps the parses of unchanged files,
    // and at 10,000 pages making their pages again was most of what an edit allocated.
    private static readonly ConditionalWeakTable<ParsedPage, MadePage> Made = new();

    private sealed record MadePage(Page? Page, IReadOnlyList<Diagnostic> Problems);

    public static List<Page> Build(IReadOnlyList<ParsedPage> parsed, string siteTitle, bool includeDrafts, DiagnosticBag diagnostics)
    {
        var pages = new List<Page>();
        var listings = new Dictionary<string, Page>(StringComparer.Ordinal);
        foreach (var source in parsed)
        {
            if (source.FrontMatter.Draft && !includeDrafts)
            {
                continue;
            }

            var made = Made.GetValue(source, parsedPage =>
            {
                var problems = new DiagnosticBag();
                return new MadePage(FromSource(parsedPage, problems), problems.Sorted());
            });
            foreach (var problem in made.Problems)
            {
                diagnostics.Add(problem);
            }

            var page = made.Page;
            if (page is null)
            {
                continue;
            }

            if (page.IsListing)
            {
                listings[page.Url] = page;
            }
            else
            {
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
                pages.Add(written);
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

    private static Page? FromSource(ParsedPage source, DiagnosticBag diagnostics)
    {
        var front = source.FrontMatter;
        var relative = source.Source.Path[(SiteLoader.ContentFolder.Length + 1)..];
        var folder = relative.Contains('/') ? relative[..(relative.LastIndexOf('/') + 1)] : "";
        var fileName = Path.GetFileNameWithoutExtension(relative);
        var isListing = fileName is "_index" or "index";

        var lastSegment = fileName;
        if (front.Slug is { } slug)
        {
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

        var url = isListing ? folder : folder + lastSegment + "/";
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
            Date = front.Date,
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
        return fileName is "_index" or "index" ? folder : folder + fileName + "/";
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

    [GeneratedRegex(@"^[\p{L}\p{N}._\-]+$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex(@"^[\p{L}\p{N}._\-/]+$")]
    private static partial Regex LayoutPattern();
}
