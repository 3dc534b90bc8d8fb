using BriefingGen.Config;
using BriefingGen.Diagnostics;
using BriefingGen.Model.Data;
using BriefingGen.Model.Items;
using BriefingGen.Parsing;
using Markdig;

namespace BriefingGen.Model;

/// <summary>Builds the site model: typed data, pages with URLs, and every cross-reference resolved and checked.</summary>
public static class SiteModelBuilder
{
    /// <summary>The site model of these parses, in the steps below: data, pages, URL order, uses and cross-references, the site.</summary>
    /// <param name="loadedPages">The page files loaded, to tell which were refused: links to refused pages are not reported again.</param>
    public static Site Build(
        SiteConfig config,
        IReadOnlyList<ParsedPage> parsedPages,
        IReadOnlyList<ParsedDataFile> dataFiles,
        MarkdownPipeline pipeline,
        bool includeDrafts,
        DiagnosticBag diagnostics,
        bool search = false,
        IReadOnlyCollection<string>? loadedPages = null,
        Loading.CommitDates? commits = null)
    {
        var data = ReadData(dataFiles, diagnostics);
        var content = ContentPages.Build(parsedPages, config.Title, includeDrafts, diagnostics, out var refusedContent);
        var (pages, packs, refused) = AddGeneratedPages(config, data, search, content, PrintPages.Editions, parsedPages, loadedPages, refusedContent, diagnostics);
        pages = HasNoTwoAlike(pages) ? pages.OrderBy(p => p.Url, StringComparer.Ordinal).ToList() : RemoveDuplicateUrls(pages, diagnostics);
        var tables = PageTables.Build(pages);
        var resolver = new ReferenceResolver(data, pages, pipeline, diagnostics, refused, tables.BySource, dataFiles);
        resolver.CheckData();
        var dataLinks = resolver.CheckDataLinks(dataFiles);
        return Assemble(config, pages, data, resolver.Resolve(), dataFiles, packs, refused, tables, search, diagnostics, dataLinks, commits);
    }

    /// <summary>The typed data: terms, references, grids, tables, figures, comparisons, themes, and the ids that no item has.</summary>
    public static BriefingData ReadData(IReadOnlyList<ParsedDataFile> dataFiles, DiagnosticBag diagnostics)
    {
        var data = new BriefingData(DataKinds.All.Where(k => k.HasFile).ToDictionary(k => k, k => k.Read(dataFiles, diagnostics)));
        return data with { Dropped = DroppedItems(dataFiles, data) };
    }

    /// <summary>
    /// The content pages with the pages the generator makes (indexes, item pages, and when the config asks for them print
    /// editions and packs), and the page files refused. The packs' pages are checked either way.
    /// </summary>
    /// <param name="editions">How a page's print editions are made (<see cref="PrintPages.Editions"/>, or one that remembers them).</param>
    /// <param name="refusedContent">How many parses that are not drafts made no page.</param>
    public static (List<Page> Pages, List<Pack> Packs, List<RefusedPage> Refused) AddGeneratedPages(SiteConfig config, BriefingData data, bool search,
        List<Page> pages, Func<Page, Page[]> editions, IReadOnlyList<ParsedPage> parsedPages, IReadOnlyCollection<string>? loadedPages, int refusedContent,
        DiagnosticBag diagnostics)
    {
        pages.AddRange(GeneratedPages.Build(data, config.BaseUrl is not null, search));
        var printed = config.Print.Editions;
        if (printed)
        {
            pages.AddRange(PrintPages.Build(pages, editions));
        }

        var refused = Refused(loadedPages, parsedPages, pages, refusedContent);
        var (packs, packPages) = PrintPages.BuildPacks(config.Packs, pages, diagnostics, refused);
        if (!printed)
        {
            return (pages, [], refused);
        }

        pages.AddRange(packPages);
        return (pages, packs, refused);
    }

    /// <summary>The site, from its pages in URL order and their cross-references; items no page uses are reported.</summary>
    public static Site Assemble(SiteConfig config, List<Page> pages, BriefingData data, CrossReferences links, IReadOnlyList<ParsedDataFile> dataFiles,
        List<Pack> packs, List<RefusedPage> refused, PageTables tables, bool search, DiagnosticBag diagnostics, IReadOnlyList<SourceLink>? dataLinks = null,
        Loading.CommitDates? commits = null)
    {
        if (refused.Count == 0)
        {
            // A refused page may have used the items that now look unused.
            ReportUnused(data, links, pages, diagnostics);
        }

        return new Site(config, pages, data, links, FreeData.Build(dataFiles, diagnostics), packs, tables)
        {
            SearchEnabled = search,
            DataLinks = dataLinks ?? [],
            CommitDates = commits ?? Loading.CommitDates.None,
            RefusedFiles = refused.Select(r => SitePath.FileOf(r.Url)).ToHashSet(StringComparer.Ordinal),
        };
    }

    // Ids written in the data files (read again quietly: their problems are reported by the readers) that no item has.
    private static HashSet<DataKey> DroppedItems(IReadOnlyList<ParsedDataFile> files, BriefingData data)
    {
        var kept = DataKinds.All.SelectMany(k => data.ItemsOf(k).Select(i => new DataKey(k, i.Id))).ToHashSet();
        var dropped = new HashSet<DataKey>();
        var quiet = new DiagnosticBag();
        foreach (var kind in DataKinds.All.Where(k => k.HasFile))
        {
            foreach (var item in Model.Data.DataItems.MapsOfKind(files, kind.Name, quiet))
            {
                if (item.Node("id") is YamlDotNet.RepresentationModel.YamlScalarNode { Value: { } id } &&
                    new DataKey(kind, id.Trim()) is var key && !kept.Contains(key))
                {
                    dropped.Add(key);
                }
            }
        }

        return dropped;
    }

    // Page files that were read but refused (their errors are reported): links and references to them are not reported again.
    /// <param name="refusedContent">How many parses that are not drafts made no page.</param>
    private static List<RefusedPage> Refused(IReadOnlyCollection<string>? loaded, IReadOnlyList<ParsedPage> parsed, IReadOnlyList<Page> pages, int refusedContent)
    {
        // Every loaded file was parsed, and every parse that is not a draft made a page: none was refused.
        if (loaded is null || (parsed.Count == loaded.Count && refusedContent == 0))
        {
            return [];
        }

        // Every page and draft comes from a loaded file: as many of them as files loaded means none was refused.
        var made = parsed.Count(p => p.FrontMatter.Draft); // drafts, and (below) written pages that are not drafts
        foreach (var page in pages)
        {
            if (page.SourcePath is not null && page.FrontMatter?.Draft != true)
            {
                made++;
            }
        }

        if (made == loaded.Count)
        {
            return [];
        }

        var kept = pages.Where(p => p.SourcePath is not null).Select(p => p.SourcePath!)
            .Concat(parsed.Where(p => p.FrontMatter.Draft).Select(p => p.Source.Path))
            .ToHashSet(StringComparer.Ordinal);
        return loaded.Where(path => !kept.Contains(path)).Select(path => new RefusedPage(path, ContentPages.DefaultUrl(path))).ToList();
    }

    /// <summary>The pages in URL order, each URL (whatever its case) once: the first file keeps it, and the others are reported.</summary>
    public static List<Page> RemoveDuplicateUrls(List<Page> pages, DiagnosticBag diagnostics)
    {
        var kept = new List<Page>();
        // Written pages come first, in path order, so that the first file keeps the URL and the later one is reported.
        foreach (var group in pages.GroupBy(p => p.Url.ToLowerInvariant()))
        {
            var claimants = group.OrderBy(p => p.SourcePath is null).ThenBy(p => p.SourcePath, StringComparer.Ordinal).ToList();
            kept.Add(claimants[0]);
            foreach (var other in claimants.Skip(1))
            {
                if (other.IsPrint && claimants[0].IsPrint)
                {
                    continue; // the print editions of two pages that share a URL: the pages' clash is reported
                }

                var first = claimants[0].SourcePath ?? "a page the generator makes";
                var where = other.SourcePath is not null ? SourceSpan.File(other.SourcePath) : SourceSpan.File(claimants[0].SourcePath!);
                if (other.FrontMatter?.Slug is { } slug)
                {
                    where = slug.Span;
                }

                diagnostics.Error(DiagnosticCodes.DuplicateOutputPath, where,
                    $"two pages claim the URL /{group.Key}: {first} and {other.SourcePath ?? "a page the generator makes"}; give one of them another slug"
                    + LookAlike.Note(claimants[0].SourcePath, other.SourcePath));
            }
        }

        return kept.OrderBy(p => p.Url, StringComparer.Ordinal).ToList();
    }

    /// <summary>Whether no two pages have URLs that differ only in case, or not at all.</summary>
    public static bool HasNoTwoAlike(List<Page> pages)
    {
        var seen = new HashSet<string>(pages.Count, StringComparer.Ordinal);
        return pages.TrueForAll(p => seen.Add(p.Url.ToLowerInvariant()));
    }

    private static void ReportUnused(BriefingData data, CrossReferences links, IReadOnlyList<Page> pages, DiagnosticBag diagnostics)
    {
        // Generated pages show every item of their kind, so only a written page's use counts (each kind's rule says what a use is).
        var contentPages = new HashSet<string>(pages.Count, StringComparer.Ordinal);
        contentPages.UnionWith(pages.Where(p => p.SourcePath is not null).Select(p => p.Url));
        var uses = new ItemUses(links, contentPages);
        foreach (var kind in DataKinds.All)
        {
            foreach (var item in data.ItemsOf(kind))
            {
                if (kind.Unused(item, uses) is { } message)
                {
                    diagnostics.Warning(kind.UnusedCode, item.Span, message);
                }
            }
        }
    }

}
