using BriefingGen.Config;
using BriefingGen.Diagnostics;

namespace BriefingGen.Model;

/// <summary>The print editions: a paper for every case study, briefing and perspective, a handout for every case study, and the configured packs.</summary>
public static class PrintPages
{
    public const string PacksUrl = "packs/";

    public static bool HasPaper(Page page) => page.SourcePath is not null && page.Kind is PageKind.CaseStudy or PageKind.Briefing or PageKind.Perspective;

    public static bool HasHandout(Page page) => page.SourcePath is not null && page.Kind is PageKind.CaseStudy;

    public static string PaperUrl(Page page) => page.Url + "paper/";

    public static string HandoutUrl(Page page) => page.Url + "handout/";

    /// <summary>The PDF of a paper, named for the page so that a download says what it is: <c>case-studies/x/x-paper.pdf</c>.</summary>
    public static string PaperPdf(Page page) => $"{page.Url}{Slug(page)}-paper.pdf";

    public static string HandoutPdf(Page page) => $"{page.Url}{Slug(page)}-handout.pdf";

    private static string Slug(Page page) => page.Url.TrimEnd('/').Split('/')[^1];

    /// <summary>The print editions of the pages that have them (a paper, and for a case study a handout).</summary>
    /// <param name="editions">How a page's editions are made (<see cref="Editions"/>, or one that remembers them for each page).</param>
    public static List<Page> Build(IReadOnlyList<Page> pages, Func<Page, Page[]>? editions = null)
    {
        editions ??= Editions;
        var print = new List<Page>(pages.Count * 2);
        foreach (var page in pages.Where(HasPaper))
        {
            print.AddRange(editions(page));
        }

        return print;
    }

    /// <summary>A page's print editions: always the same for the same page.</summary>
    public static Page[] Editions(Page page)
    {
        var paper = new Page { Url = PaperUrl(page), Kind = PageKind.Paper, Title = page.Title, Section = page.Section, ItemId = page.Url };
        return HasHandout(page)
            ? [paper, new Page { Url = HandoutUrl(page), Kind = PageKind.Handout, Title = page.Title, Section = page.Section, ItemId = page.Url }]
            : [paper];
    }

    /// <summary>Resolves each pack's pages (by URL, section/slug or slug), reporting the ones that do not exist or have no paper.</summary>
    public static (List<Pack> Packs, List<Page> Pages) BuildPacks(IReadOnlyList<PackConfig> configs, IReadOnlyList<Page> pages, DiagnosticBag diagnostics,
        IReadOnlyList<RefusedPage>? refused = null)
    {
        var packs = new List<Pack>();
        var packPages = new List<Page>();
        foreach (var config in configs)
        {
            var urls = new List<string>();
            foreach (var reference in config.Pages)
            {
                var page = FindPage(reference.Value, pages);
                if (page is null && RefusedPage.IsNamed(refused ?? [], reference.Value))
                {
                    continue;
                }

                if (page is null || !HasPaper(page))
                {
                    diagnostics.Error(DiagnosticCodes.UnknownPage, reference.Span,
                        page is null
                            ? $"pack '{config.Id}' names '{reference.Value}', which is not a page{DidYouMean.Suggest(reference.Value.Trim().Trim('/'), PageNames(pages))}; give section/slug, e.g. case-studies/my-page"
                            : $"pack '{config.Id}' names '{reference.Value}', which has no paper edition (only case studies, briefings and perspectives do)");
                    continue;
                }

                urls.Add(page.Url);
            }

            var pack = new Pack(config.Id, config.Title, config.Introduction, urls) { Date = config.Date };
            packs.Add(pack);
            packPages.Add(new Page { Url = pack.Url, Kind = PageKind.Pack, Title = pack.Title, Section = "packs", ItemId = pack.Id });
        }

        // The packs' own index, /packs/, which the home page lists beside the other indexes.
        if (packs.Count > 0)
        {
            packPages.Add(new Page { Url = PacksUrl, Kind = PageKind.PackIndex, Title = "Packs", Section = "packs", Weight = -1 });
        }

        return (packs, packPages);
    }

    /// <summary>The names <see cref="FindPage"/> knows pages by, section/slug, for a "did you mean".</summary>
    public static IEnumerable<string> PageNames(IReadOnlyList<Page> pages) =>
        pages.Where(p => p.SourcePath is not null && !p.IsPrint).Select(p => p.Url.TrimEnd('/'));

    /// <summary>A page named by URL (<c>case-studies/x/</c>), section/slug or a unique slug.</summary>
    public static Page? FindPage(string value, IReadOnlyList<Page> pages)
    {
        var key = value.Trim().Trim('/');
        var byUrl = pages.FirstOrDefault(p => p.Url == key + "/" && p.SourcePath is not null);
        if (byUrl is not null)
        {
            return byUrl;
        }

        var matches = pages.Where(p => p.SourcePath is not null && !p.IsPrint && p.Url.TrimEnd('/').Split('/')[^1] == key).ToList();
        return matches.Count == 1 ? matches[0] : null;
    }
}
