using BriefingGen.Diagnostics;
using BriefingGen.Model.Items;
using BriefingGen.Parsing.Syntax;
using BriefingGen.Yaml;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SourceSpan = BriefingGen.Diagnostics.SourceSpan;

namespace BriefingGen.Model;

/// <summary>
/// Resolves what every page refers to (terms, citations, embeds, links, front matter ids) against the site,
/// reporting each dangling reference at its file, line and column.
/// </summary>
/// <param name="dataFiles">The parsed data files, for the places of their texts' term links and citations; without them those are reported at their item.</param>
public sealed class ReferenceResolver(BriefingData data, IReadOnlyList<Page> pages, MarkdownPipeline pipeline, DiagnosticBag diagnostics,
    IReadOnlyList<RefusedPage>? refused = null, IReadOnlyDictionary<string, Page>? bySource = null, IReadOnlyList<Parsing.ParsedDataFile>? dataFiles = null)
{
    private readonly Lazy<DataTextPlaces> _places = new(() => new DataTextPlaces(dataFiles ?? []));

    private readonly IReadOnlyList<RefusedPage> _refused = refused ?? [];
    private readonly MarkdownLinkResolver _links = new(bySource ?? Site.IndexBySource(pages), refused ?? []);

    /// <summary>What every page uses, and from that the cross-references (backlinks, citers, users of each item).</summary>
    public CrossReferences Resolve()
    {
        var results = new PageUses[pages.Count];
        Parallel.For(0, pages.Count, i => results[i] = Collect(pages[i], diagnostics));
        return new CrossReferences(UsesByUrl(pages, results));
    }

    /// <summary>The pages' uses by URL (<paramref name="uses"/> in the order of <paramref name="pages"/>), leaving out the pages that use nothing.</summary>
    public static Dictionary<string, PageUses> UsesByUrl(IReadOnlyList<Page> pages, PageUses[] uses)
    {
        var byUrl = new Dictionary<string, PageUses>(uses.Count(u => !ReferenceEquals(u, PageUses.None)), StringComparer.Ordinal);
        for (var i = 0; i < pages.Count; i++)
        {
            if (!ReferenceEquals(uses[i], PageUses.None))
            {
                byUrl[pages[i].Url] = uses[i];
            }
        }

        return byUrl;
    }

    /// <summary>
    /// Whether a page can use anything: a written page, or a generated page that shows data texts. Most generated
    /// pages (print editions, indexes, the feed) show data but write no text of their own; at 10,000 pages a collector
    /// for each of them is what an edit spends most of the model's time allocating.
    /// </summary>
    public static bool HasUses(Page page) =>
        page.SourcePath is not null || page.Kind is PageKind.Definitions || DataKinds.OfItemPage(page.Kind) is { HasTexts: true };

    /// <summary>What one page uses (<see cref="PageUses.None"/> when it <see cref="HasUses">has none</see>), its dangling references reported into <paramref name="problems"/>.</summary>
    public PageUses Collect(Page page, DiagnosticBag problems) =>
        !HasUses(page) ? PageUses.None : page.SourcePath is null ? CollectGenerated(page, problems) : UsesOf(page, problems);

    private PageUses UsesOf(Page page, DiagnosticBag problems)
    {
        var collector = new UseCollector(problems);
        if (page.Body is not null)
        {
            WalkBody(page, page.Body, collector);
        }

        if (page.FrontMatter is { } front)
        {
            foreach (var text in front.MarkdownTexts)
            {
                CollectText(text.Value, text.Span, collector, text.TextOffset, text.Written);
            }

            foreach (var theme in front.Themes)
            {
                if (data.FindTheme(theme.Value) is null)
                {
                    if (data.WasDropped(new DataKey(DataKinds.Themes, theme.Value)))
                    {
                        continue;
                    }


                    collector.Diagnostics.Error(DiagnosticCodes.UnknownTheme, theme.Span, $"unknown theme '{theme.Value}'{Suggest(theme.Value, data.Themes.Select(t => t.Id), collector)}");
                }
                else
                {
                    collector.Themes.Add(theme.Value);
                }
            }

            foreach (var reference in front.References)
            {
                if (data.FindReference(reference.Value) is null)
                {
                    if (data.WasDropped(new DataKey(DataKinds.References, reference.Value)))
                    {
                        continue;
                    }


                    collector.Diagnostics.Error(DiagnosticCodes.UnknownCitation, reference.Span,
                        $"unknown reference '{reference.Value}': add it to content/data/references.yml{Suggest(reference.Value, data.References.Select(r => r.Id), collector)}");
                }
                else
                {
                    collector.References.Add(reference.Value);
                }
            }

            foreach (var related in front.Related)
            {
                var target = FindRelated(related.Value);
                if (target is null)
                {
                    if (!RefusedPage.IsNamed(_refused, related.Value))
                    {
                        collector.Diagnostics.Error(DiagnosticCodes.UnknownPage, related.Span,
                            $"no page '{related.Value}' for 'related': give a page's slug (my-page) or section/slug (case-studies/my-page){Suggest(related.Value.Trim().Trim('/'), PrintPages.PageNames(pages), collector)}");
                    }
                }
                else if (target.Url != page.Url)
                {
                    collector.Related.Add(target.Url);
                }
            }

            foreach (var source in front.Facts.SelectMany(f => f.Sources))
            {
                AddSource(source.Value, source.Span, collector);
            }

            ResolvePlacements(page, front.Placements, collector);
            ResolveEvidence(page, front.Evidence, collector);
        }

        return collector.ToUses();
    }

    // Generated pages use the data they show: its source reference and the terms and citations in its texts.
    private PageUses CollectGenerated(Page page, DiagnosticBag problems)
    {
        var collector = new UseCollector(problems);
        if (page.Kind == PageKind.Definitions)
        {
            foreach (var term in data.Terms)
            {
                CollectTerm(term, collector);
            }
        }
        else if (DataKinds.OfItemPage(page.Kind) is { } kind && data.Find(new DataKey(kind, page.ItemId!)) is { } item)
        {
            CollectItem(kind, item, collector);
            CollectQuietly(OtherPagesTexts(item, cases: true, evidence: true), collector);
        }

        return collector.ToUses();
    }

    /// <summary>Checks the references inside the data itself: see-also terms, definition sources, item sources.</summary>
    public void CheckData()
    {
        foreach (var term in data.Terms)
        {
            foreach (var other in term.SeeAlso.Where(s => data.FindTerm(s) is null))
            {
                diagnostics.Error(DiagnosticCodes.UnknownTerm, term.Span, $"term '{term.Id}' has see_also '{other}', which is not a term{DidYouMean.Suggest(other, data.Terms.Select(t => t.Id))}");
            }

            CollectTerm(term, new UseCollector(diagnostics));
        }

        // A kind with pages has its texts checked as its pages' uses; the texts of one without (comparisons) are checked here.
        foreach (var kind in DataKinds.All.Where(k => k.HasTexts && k.ItemPage is null))
        {
            foreach (var item in data.ItemsOf(kind))
            {
                CollectItem(kind, item, new UseCollector(diagnostics));
            }
        }
    }

    /// <summary>Resolves and checks the links in the data files' texts (<see cref="DataTextLinks"/>).</summary>
    public IReadOnlyList<SourceLink> CheckDataLinks(IReadOnlyList<Parsing.ParsedDataFile> files) => DataTextLinks.Check(files, _links, pipeline, diagnostics);

    // An item's source and the term links and citations in its texts.
    private void CollectItem(DataKind kind, IDataItem item, UseCollector collector)
    {
        foreach (var source in item.Sources)
        {
            AddSource(source.Value, source.Span, collector);
        }
        foreach (var text in kind.Texts(item))
        {
            CollectText(text.Text, text.Span, collector);
        }
    }

    private void CollectTerm(Term term, UseCollector collector)
    {
        CollectText(term.Explanation, term.Span, collector);
        CollectText(term.Assessment, term.Span, collector);
        foreach (var reference in term.ReferenceIds)
        {
            AddSource(reference, term.Span, collector);
        }

        foreach (var definition in term.Definitions)
        {
            AddSource(definition.ReferenceId, definition.ReferenceAt ?? definition.Span, collector);
            AddSource(definition.CitedIn, definition.CitedInAt ?? definition.Span, collector);
            CollectText(definition.Note, definition.Span, collector);
            foreach (var criticism in definition.Criticisms)
            {
                CollectText(criticism, definition.Span, collector);
            }
        }
    }

    // The sources of an item a page shows (checked with the data): the ones in the bibliography are the page's uses.
    private void AddKnownSources(IDataItem item, UseCollector collector)
    {
        foreach (var source in item.Sources)
        {
            if (data.FindReference(source.Value) is not null)
            {
                collector.References.Add(source.Value);
            }
        }
    }

    private void AddSource(string? referenceId, SourceSpan span, UseCollector collector)
    {
        if (referenceId is null)
        {
            return;
        }

        if (data.FindReference(referenceId) is null)
        {
            if (data.WasDropped(new DataKey(DataKinds.References, referenceId)))
            {
                return;
            }

            collector.Diagnostics.Error(DiagnosticCodes.UnknownReference, span,
                $"source '{referenceId}' is not in the bibliography (content/data/references.yml){Suggest(referenceId, data.References.Select(r => r.Id), collector)}");
        }
        else
        {
            collector.References.Add(referenceId);
        }
    }

    // Data texts are inline Markdown: their term links and citations must resolve too (reported at their place in the
    // data file, else at the item). Only a text with "[[" or "@" can hold either (their parsers open there); refused
    // links are found when the file is parsed.
    private void CollectText(string? text, SourceSpan span, UseCollector collector, int? textOffset = null, string? written = null)
    {
        if (string.IsNullOrEmpty(text) || (!text.Contains("[[", StringComparison.Ordinal) && !text.Contains('@')))
        {
            return;
        }

        foreach (var inline in Markdown.Parse(text, pipeline).Descendants())
        {
            switch (inline)
            {
                case TermLinkInline link:
                    ResolveTerm(link.Target, Within(span, text, textOffset, written, link.Line, link.Column), collector);
                    break;
                case CitationInline citation:
                    foreach (var item in citation.Items)
                    {
                        ResolveCitation(item.Key, Within(span, text, textOffset, written, item.Line, item.Column), collector);
                    }
                    break;
            }
        }
    }

    // The place of a column of a text in its file: from where the text starts, when it is written on one line as it
    // reads (a front matter's); found in the text as written (a front matter's block scalar) or in the data file after
    // the item (a data text's); else the text's.
    private SourceSpan Within(SourceSpan span, string text, int? textOffset, string? written, int line, int column) =>
        textOffset is { } offset && line == 0 ? span.ShiftColumns(offset + column)
        : written is not null ? (ScalarPlace.OffsetOf(text, line, column) is { } at ? ScalarPlace.InWritten(written, span, text, at) : null) ?? span
        : textOffset is null && _places.Value.Find(span, text, line, column) is { } place ? place
        : span;

    private void WalkBody(Page page, MarkdownDocument body, UseCollector collector)
    {
        foreach (var node in body.Descendants())
        {
            switch (node)
            {
                case TermLinkInline link:
                    ResolveTerm(link.Target, At(page, link.Line, link.Column), collector);
                    break;
                case CitationInline citation:
                    foreach (var item in citation.Items)
                    {
                        ResolveCitation(item.Key, At(page, item.Line, item.Column), collector);
                    }
                    break;
                case EmbedBlock embed:
                    ResolveEmbed(page, embed, collector);
                    break;
                case LinkInline link when link.Url is not null:
                    ResolveLink(page, link, collector);
                    break;
                case HtmlBlock html when html.Lines.ToString().Contains("<script", StringComparison.OrdinalIgnoreCase):
                    ReportScript(page, html.Line, html.Column, collector);
                    break;
                case HtmlInline html when html.Tag.StartsWith("<script", StringComparison.OrdinalIgnoreCase):
                    ReportScript(page, html.Line, html.Column, collector);
                    break;
            }
        }
    }

    private static void ReportScript(Page page, int line, int column, UseCollector collector) =>
        collector.Diagnostics.Warning(DiagnosticCodes.RawHtmlScript, At(page, line, column),
            "a <script> in content runs in every reader's browser; move scripts into the templates, which the site owner controls");

    private void ResolveTerm(string target, SourceSpan span, UseCollector collector)
    {
        var term = data.FindTerm(target);
        if (term is null)
        {
            if (data.WasDropped(new DataKey(DataKinds.Terms, target)))
            {
                return;
            }


            collector.Diagnostics.Error(DiagnosticCodes.UnknownTerm, span,
                $"unknown term '{target}': add it to content/data/terms.yml or use an existing id or alias{Suggest(target, data.Terms.Select(t => t.Id), collector)}");
            return;
        }

        collector.Terms.Add(term.Id);
    }

    private void ResolveCitation(string key, SourceSpan span, UseCollector collector)
    {
        if (data.FindReference(key) is null)
        {
            if (data.WasDropped(new DataKey(DataKinds.References, key)))
            {
                return;
            }


            collector.Diagnostics.Error(DiagnosticCodes.UnknownCitation, span,
                $"unknown citation key '@{key}': add it to content/data/references.yml{Suggest(key, data.References.Select(r => r.Id), collector)}");
            return;
        }

        collector.Citations.Add(key);
        collector.References.Add(key);
    }

    private void ResolveEmbed(Page page, EmbedBlock embed, UseCollector collector)
    {
        var span = At(page, embed.Line, embed.Column);
        if (DataKinds.OfEmbed(embed.Kind) is not { } kind)
        {
            collector.Diagnostics.Error(DiagnosticCodes.UnknownEmbed, span,
                $"unknown embed '{embed.Kind}'{Suggest(embed.Kind, DataKinds.EmbedWords, collector)}: use {{{{< KIND ID >}}}} with KIND one of {string.Join(", ", DataKinds.EmbedWords)}");
            return;
        }

        CheckOptions(page, embed, kind, collector);

        var key = new DataKey(kind, embed.Id);
        var found = data.Find(key);
        if (found is null)
        {
            if (data.WasDropped(key))
            {
                return;
            }

            collector.Diagnostics.Error(DiagnosticCodes.UnknownDataItem, span,
                $"no {embed.Kind} '{embed.Id}' to embed{Suggest(embed.Id, data.ItemsOf(kind).Select(i => i.Id), collector)}");
            return;
        }

        collector.Embeds.Add(new DataKey(kind, found.Id).ToString());
        AddKnownSources(found, collector);
        CollectShownTexts(found, embed, collector);

        switch (found)
        {
            case Definition definition:
                collector.Terms.Add(definition.TermId);
                break;
            case Term term:
                collector.Terms.Add(term.Id);
                // "definitions" shows every definition of the term, with its source; "term" only the explanation.
                if (embed.Kind == "definitions")
                {
                    foreach (var reference in term.Definitions.Select(d => d.ReferenceId).OfType<string>().Where(r => data.FindReference(r) is not null))
                    {
                        collector.References.Add(reference);
                    }
                }
                break;
        }
    }

    private static void CheckOptions(Page page, EmbedBlock embed, DataKind kind, UseCollector collector)
    {
        foreach (var option in embed.Options)
        {
            var span = At(page, embed.Line, option.Column);
            if (!kind.EmbedOptions.Contains(option.Name))
            {
                var takes = kind.EmbedOptions.Count == 0
                    ? "it takes no options"
                    : $"it takes {MessageList.Join(kind.EmbedOptions.Select(o => o + "=off"))}";
                collector.Diagnostics.Error(DiagnosticCodes.UnknownEmbed, span,
                    $"a {embed.Kind} embed has no option '{option.Name}'{Suggest(option.Name, kind.EmbedOptions, collector)}: {takes}");
            }
            else if (option.Value is not (EmbedOption.On or EmbedOption.Off))
            {
                collector.Diagnostics.Error(DiagnosticCodes.InvalidValue, span,
                    $"the option '{option.Name}' is '{EmbedOption.On}' or '{EmbedOption.Off}', not '{option.Value}'");
            }
        }
    }

    private void ResolveLink(Page page, LinkInline link, UseCollector collector)
    {
        var url = SitePath.Normalised(link.Url!.Trim());
        if (Urls.UnsafeUrl.IsUnsafe(url, out _))
        {
            return; // reported when the page was parsed
        }

        var span = At(page, link.Line, link.Column);
        if (link.IsImage && !HasAltText(link))
        {
            collector.Diagnostics.Warning(DiagnosticCodes.ImageWithoutAlt, span,
                $"the image '{url}' has no alt text: write what it shows between the brackets, ![a bar chart of turnout by year]({url}), for readers who cannot see it");
        }

        if (_links.Resolve(page.SourcePath!, page.OutputPath, link.Url!, span, collector.Diagnostics) is { } resolved)
        {
            if (resolved.LinksTo is { } linksTo)
            {
                collector.LinksTo.Add(linksTo);
            }

            collector.SourceLinks.Add(resolved.Link);
        }
    }

    // Alt text is the image's inline content: "![](x.png)" and "![ ](x.png)" have none.
    public static bool HasAltText(LinkInline image) =>
        image.Descendants<LiteralInline>().Any(l => !l.Content.IsEmpty && !string.IsNullOrWhiteSpace(l.Content.ToString())) ||
        image.Descendants<CodeInline>().Any();

    /// <summary>
    /// Whether a page's uses depend on other pages' texts: it is a grid's or table's own page, or embeds one, which show
    /// the placements' reasons and the evidence notes pages give.
    /// </summary>
    public static bool ShowsOtherPagesTexts(Page page, PageUses uses) =>
        DataKinds.OfItemPage(page.Kind) is { } kind && (kind == DataKinds.Grids || kind == DataKinds.Tables) || uses.Embeds.Any(e => e.StartsWith(DataKinds.Grids.Word + " ", StringComparison.Ordinal) || e.StartsWith(DataKinds.Tables.Word + " ", StringComparison.Ordinal));

    // An embedded grid or table shows texts written elsewhere: its cells' or items' own, the reasons pages give for
    // their place in it (unless cases=off) and the evidence notes (unless evidence=off). Their term links and
    // citations are this page's uses; their problems are reported where they are written.
    private void CollectShownTexts(IDataItem item, EmbedBlock embed, UseCollector collector)
    {
        IEnumerable<string?> own = item switch
        {
            Grid grid => DataKinds.Grids.Texts(grid).Select(t => t.Text),
            BenefitRiskTable table => DataKinds.Tables.Texts(table).Select(t => t.Text),
            _ => [],
        };
        CollectQuietly(own.Concat(OtherPagesTexts(item, embed.IsOn("cases"), embed.IsOn("evidence"))), collector);
    }

    // The reasons pages give for their place in a grid, and the evidence notes on a table's items: shown with the grid
    // or table, on its own page and where it is embedded.
    private IEnumerable<string?> OtherPagesTexts(IDataItem item, bool cases, bool evidence) => item switch
    {
        Grid grid when cases => ShownPlacements(grid).Select(p => p.Reason),
        BenefitRiskTable table when evidence => ShownEvidence(table).Select(e => e.Note),
        _ => [],
    };

    // The term links and citations of texts whose problems are reported where they are written, as the page's uses.
    private void CollectQuietly(IEnumerable<string?> texts, UseCollector collector)
    {
        var shown = new UseCollector(new DiagnosticBag());
        foreach (var text in texts)
        {
            CollectText(text, SourceSpan.File(""), shown);
        }

        foreach (var term in shown.Terms.Items)
        {
            collector.Terms.Add(term);
        }

        foreach (var key in shown.Citations.Items)
        {
            collector.Citations.Add(key);
            collector.References.Add(key);
        }
    }

    // The placements on a grid with a cell of it, in the order a grid shows them (by page).
    private IEnumerable<Parsing.PlacementEntry> ShownPlacements(Grid grid) =>
        PlacementsByGrid[grid.Id].Where(e => CellOf(grid, e.Cell.Value) is not null);

    private IEnumerable<Parsing.EvidenceEntry> ShownEvidence(BenefitRiskTable table) =>
        EvidenceByTable[table.Id].Where(e => e.Item.Value.Split('/') is [_, var itemId] && table.Items.Any(i => i.Id == itemId.Trim()));

    private ILookup<string, Parsing.PlacementEntry> PlacementsByGrid => LazyInitializer.EnsureInitialized(ref _placementsByGrid,
        () => FrontMatters().SelectMany(f => f.Placements).ToLookup(e => e.Grid.Value, StringComparer.Ordinal));

    private ILookup<string, Parsing.EvidenceEntry> EvidenceByTable => LazyInitializer.EnsureInitialized(ref _evidenceByTable,
        () => FrontMatters().SelectMany(f => f.Evidence).ToLookup(e => e.Item.Value.Split('/')[0].Trim(), StringComparer.Ordinal));

    private ILookup<string, Parsing.PlacementEntry>? _placementsByGrid;
    private ILookup<string, Parsing.EvidenceEntry>? _evidenceByTable;

    // The written pages' front matter, by URL as the cross-references order them.
    private IEnumerable<Parsing.FrontMatter> FrontMatters() =>
        pages.Where(p => p.SourcePath is not null && p.FrontMatter is not null).OrderBy(p => p.Url, StringComparer.Ordinal).Select(p => p.FrontMatter!);

    private static GridCell? CellOf(Grid grid, string cell) =>
        cell.Split('/') is [var row, var column] ? grid.Cell(row.Trim(), column.Trim()) : null;

    private void ResolvePlacements(Page page, IReadOnlyList<Parsing.PlacementEntry> placements, UseCollector collector)
    {
        foreach (var entry in placements)
        {
            var grid = data.FindGrid(entry.Grid.Value);
            if (grid is null)
            {
                if (data.WasDropped(new DataKey(DataKinds.Grids, entry.Grid.Value)))
                {
                    continue;
                }

                collector.Diagnostics.Error(DiagnosticCodes.UnknownGrid, entry.Grid.Span, $"unknown grid '{entry.Grid.Value}'{Suggest(entry.Grid.Value, data.Grids.Select(g => g.Id), collector)}");
                continue;
            }

            var parts = entry.Cell.Value.Split('/');
            if (CellOf(grid, entry.Cell.Value) is null)
            {
                collector.Diagnostics.Error(DiagnosticCodes.UnknownCell, entry.Cell.Span,
                    $"grid '{grid.Id}' has no cell '{entry.Cell.Value}'{Suggest(entry.Cell.Value, grid.Cells.Select(c => c.Id), collector)}; cells are row/column, one of: {MessageList.Join(grid.Cells.Select(c => c.Id))}");
                continue;
            }

            collector.Placements.Add(new Placement(grid.Id, parts[0].Trim(), parts[1].Trim(), entry.Reason, entry.Judgement == "editors", page.Url));
            AddKnownSources(grid, collector); // the page shows its place on the grid, with the grid's sources
        }
    }

    private void ResolveEvidence(Page page, IReadOnlyList<Parsing.EvidenceEntry> evidence, UseCollector collector)
    {
        foreach (var entry in evidence)
        {
            var parts = entry.Item.Value.Split('/');
            var table = parts.Length == 2 ? data.FindTable(parts[0].Trim()) : null;
            var item = table?.Items.FirstOrDefault(i => i.Id == parts[1].Trim());
            if (item is null)
            {
                if (parts.Length == 2 && data.WasDropped(new DataKey(DataKinds.Tables, parts[0])))
                {
                    continue;
                }

                collector.Diagnostics.Error(DiagnosticCodes.UnknownTableItem, entry.Item.Span,
                    $"no benefit/risk item '{entry.Item.Value}'{Suggest(entry.Item.Value, data.Tables.SelectMany(t => t.Items).Select(i => i.Key), collector)}; write table/item, one of: {MessageList.Join(data.Tables.SelectMany(t => t.Items).Select(i => i.Key))}");
                continue;
            }

            // The page shows the item, not the table: the table's sources are the uses of the pages that show it.
            collector.Evidence.Add(new Evidence(item.TableId, item.Id, entry.Note, page.Url));
        }
    }

    private Page? FindRelated(string value) => PrintPages.FindPage(value, pages);


    private static SourceSpan At(Page page, int line, int column) =>
        new(page.SourcePath!, page.BodyLineOffset + line + 1, column + 1);

    // "Did you mean" is offered for the first few unknown names of a page: a page of 50,000 unknown keys against a
    // large bibliography would otherwise take minutes.
    private const int SuggestionsPerPage = 20;

    private static string Suggest(string wrong, IEnumerable<string> candidates, UseCollector collector) =>
        collector.MaySuggest() ? DidYouMean.Suggest(wrong, candidates) : "";

    private sealed class UseCollector(DiagnosticBag diagnostics)
    {
        /// <summary>Where the problems found are reported: the build's, or the page's own (kept with its uses).</summary>
        public DiagnosticBag Diagnostics { get; } = diagnostics;

        public OrderedSet Terms { get; } = new();
        public OrderedSet Citations { get; } = new();
        public OrderedSet References { get; } = new();
        public OrderedSet LinksTo { get; } = new();
        public OrderedSet Themes { get; } = new();
        public OrderedSet Related { get; } = new();
        public OrderedSet Embeds { get; } = new();
        public List<Placement> Placements { get; } = [];
        public List<Evidence> Evidence { get; } = [];
        public List<SourceLink> SourceLinks { get; } = [];

        private int _suggestions;

        /// <summary>Whether one more unknown name of this page gets a "did you mean".</summary>
        public bool MaySuggest() => ++_suggestions <= SuggestionsPerPage;

        public PageUses ToUses() => new(Terms.Items, Citations.Items, References.Items, LinksTo.Items, Placements, Evidence, Themes.Items, Related.Items, Embeds.Items)
        {
            SourceLinks = SourceLinks,
        };
    }

    private sealed class OrderedSet
    {
        private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

        public List<string> Items { get; } = [];

        public void Add(string value)
        {
            if (_seen.Add(value))
            {
                Items.Add(value);
            }
        }
    }
}
