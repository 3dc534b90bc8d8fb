using System.Runtime.CompilerServices;
using BriefingGen.Config;
using BriefingGen.Diagnostics;
using BriefingGen.Model;
using BriefingGen.Parsing;
using Markdig;

namespace BriefingGen.Incremental;

/// <summary>
/// The model stage's steps (<see cref="SiteModelBuilder.Build"/>) with what each made in the last build (serve): the
/// content pages patched, print editions made once per page, the orders and tables patched, and only the changed
/// pages' uses resolved again. The site is the one <see cref="SiteModelBuilder.Build"/> makes from the same parses.
/// </summary>
internal sealed class ModelMemo
{
    private readonly ContentPagesMemo _content = new();
    private readonly ConditionalWeakTable<Page, Page[]> _editions = new(); // a page always has the same print editions
    private readonly PageOrderMemo _order = new();
    private readonly PageIndexMemo _index = new();
    private readonly PageUsesMemo _uses = new();

    public Site Build(SiteConfig config, IReadOnlyList<ParsedPage> parsedPages, IReadOnlyList<ParsedDataFile> dataFiles, MarkdownPipeline pipeline,
        bool includeDrafts, DiagnosticBag diagnostics, bool search, IReadOnlyCollection<string>? loadedPages, Loading.CommitDates commits)
    {
        var data = SiteModelBuilder.ReadData(dataFiles, diagnostics);
        var content = _content.Build(parsedPages, config.Title, includeDrafts, diagnostics, out var refusedContent);
        var (pages, packs, refused) = SiteModelBuilder.AddGeneratedPages(config, data, search, content, Editions, parsedPages, loadedPages, refusedContent, diagnostics);
        // The order only ever remembers pages without duplicates: the same URLs again need no look for them.
        pages = _order.IsLastOrdered(pages) || SiteModelBuilder.HasNoTwoAlike(pages) ? _order.ByUrl(pages) : SiteModelBuilder.RemoveDuplicateUrls(pages, diagnostics);
        _uses.Prepare(dataFiles, pages, refused);
        var (byUrl, bySource) = _index.Index(pages);
        var (lists, indexInList) = _order.Lists(pages);
        var resolver = new ReferenceResolver(data, pages, pipeline, diagnostics, refused, bySource, dataFiles);
        resolver.CheckData();
        var dataLinks = resolver.CheckDataLinks(dataFiles);
        var links = _uses.Resolve(resolver, pages, diagnostics);
        return SiteModelBuilder.Assemble(config, pages, data, links, dataFiles, packs, refused, new PageTables(byUrl, bySource, lists, indexInList), search, diagnostics,
            dataLinks, commits);
    }

    private Page[] Editions(Page page) => _editions.GetValue(page, PrintPages.Editions);
}
