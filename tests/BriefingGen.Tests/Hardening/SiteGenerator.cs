using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace BriefingGen.Tests.Hardening;

/// <summary>A term of a generated site: id, shown name, an alias and its explanation.</summary>
public sealed record TermSpec(string Id, string Name, string Alias, string Explanation);

/// <summary>A reference of a generated site.</summary>
public sealed record RefSpec(string Id, string Family, string Given, int Year, string Title);

/// <summary>Something in a generated paragraph.</summary>
public abstract record Token;

public sealed record WordToken(string Text) : Token;

/// <summary>A term link: 0 <c>[[id]]</c>, 1 <c>[[Name]]</c>, 2 <c>[[alias]]</c>, 3 <c>[[id|label]]</c>.</summary>
public sealed record TermToken(int Term, int Form) : Token;

/// <summary>A citation: 0 <c>[@a]</c>, 1 <c>[@a, p. 12]</c>, 2 <c>[@a; @b]</c>, 3 <c>[-@a]</c>, 4 narrative <c>@a</c>, 5 <c>[see @a]</c>.</summary>
public sealed record CiteToken(int Form, int First, int Second) : Token;

/// <summary>A link: 0 to another page's .md file, 1 to its site path, 2 to a heading of it, 3 to a generated page.</summary>
public sealed record LinkToken(int Page, int Form, int Target) : Token;

/// <summary>A case study, briefing or perspective of a generated site.</summary>
public sealed record PageSpec(
    int Section, string Slug, string Title, string? Summary, IReadOnlyList<IReadOnlyList<Token>> Paragraphs,
    int? PlacementRow, int? PlacementColumn, int? EvidenceItem, IReadOnlyList<int> Related, IReadOnlyList<int> Themes);

/// <summary>A valid briefing site: terms, references, one grid, one benefit/risk table, themes and pages that use them.</summary>
public sealed record SiteSpec(
    IReadOnlyList<TermSpec> Terms, IReadOnlyList<RefSpec> Refs, int GridRows, int GridColumns, int TableRows, int ThemeCount,
    IReadOnlyList<PageSpec> Pages)
{
    public override string ToString() =>
        $"{Terms.Count} terms, {Refs.Count} references, grid {GridRows}x{GridColumns}, {TableRows} table rows, {ThemeCount} themes, " +
        $"pages: {string.Join(", ", Pages.Select(p => SiteGenerator.Sections[p.Section] + "/" + p.Slug))}";
}

/// <summary>A generated site with one of its citations chosen to be replaced by an unknown key.</summary>
public sealed record SiteWithTypo(SiteSpec Site, int Page, int Citation)
{
    public override string ToString() => $"{Site}; typo in page {Page}, citation {Citation}";
}

/// <summary>Where a citation key was written: file, line and column of its '@' (as an editor counts), and its index in the line's UTF-16 text.</summary>
public sealed record CitationPlace(string Path, int Line, int Column, int Index, string Key);

/// <summary>FsCheck generators of valid sites, and the writer that turns a spec into files.</summary>
public static class SiteGenerator
{
    public static readonly string[] Sections = ["case-studies", "briefings", "perspectives"];

    // Words of the body: letters and emoji only, so that no word is Markdown syntax. Some are outside ASCII, outside
    // the BMP (emoji) or written with combining accents: a column counts each as one character, as an editor does.
    private static readonly string[] Words =
    [
        "residents", "council", "estate", "budget", "tenants", "ward", "officers", "volunteers", "café", "naïve", "Zürich",
        "straße", "coöperation", "résumé", "Łódź", "señora", "œuvre", "Ærø", "ünter", "smörgåsbord", "garden", "library",
        "youth", "elders", "forum", "panel", "meeting", "survey", "trust", "share", "voice", "power",
        "😀", "👍🏽", "re\u0301sume\u0301", "日本語",
    ];

    // Text for titles and explanations: anything YAML can quote, markup included (it must come out escaped).
    private static readonly string[] TitleWords = [.. Words, "&", "<b>", "\"quoted\"", "it's", "50%", "a/b", "#1", "{x}", "→", "日本語"];

    private static readonly string[] Families = ["Ostrom", "Bovaird", "Needham", "Horne", "Pestoff", "Müller", "Ó Súilleabháin", "van der Berg"];
    private static readonly string[] Givens = ["Elinor", "Tony", "Catherine", "Matthew", "Victor", "Jürgen", "Aoife", "Anna-Lena"];

    public static Arbitrary<SiteSpec> Sites() => Arb.From(SiteGen);

    public static Arbitrary<SiteWithTypo> SitesWithTypo() => Arb.From(
        from site in SiteGen
        from page in Gen.Choose(0, site.Pages.Count - 1)
        from citation in Gen.Choose(0, 1000)
        select new SiteWithTypo(site, page, citation));

    private static Gen<string> Phrase(string[] pool, int min, int max) =>
        from count in Gen.Choose(min, max)
        from words in Gen.ListOf(Gen.Elements(pool), count)
        select string.Join(" ", words);

    private static Gen<SiteSpec> SiteGen =>
        from termCount in Gen.Choose(1, 4)
        from refCount in Gen.Choose(1, 4)
        from rows in Gen.Choose(1, 3)
        from columns in Gen.Choose(1, 3)
        from tableRows in Gen.Choose(1, 3)
        from themes in Gen.Choose(1, 3)
        from pageCount in Gen.Choose(1, 5)
        from terms in Gen.CollectToList(Enumerable.Range(0, termCount), TermGen)
        from refs in Gen.CollectToList(Enumerable.Range(0, refCount), RefGen)
        from pages in Gen.CollectToList(Enumerable.Range(0, pageCount),
            i => PageGen(i, termCount, refCount, rows, columns, tableRows, themes, pageCount))
        select new SiteSpec(terms, refs, rows, columns, tableRows, themes, pages);

    private static Gen<TermSpec> TermGen(int i) =>
        from word in Gen.Elements(Words)
        from explanation in Phrase(TitleWords, 2, 10)
        select new TermSpec($"t{i}-{Ascii(word)}", $"{Capitalise(word)} {i}", $"{word}-{i}s", explanation);

    private static Gen<RefSpec> RefGen(int i) =>
        from family in Gen.Elements(Families)
        from given in Gen.Elements(Givens)
        from year in Gen.Choose(1950, 2024)
        from title in Phrase(TitleWords, 1, 8)
        select new RefSpec($"r{i}{Ascii(family).ToLowerInvariant()}{year}", family, given, year, Capitalise(title));

    private static Gen<PageSpec> PageGen(int i, int terms, int refs, int rows, int columns, int tableRows, int themes, int pages) =>
        from section in Gen.Choose(0, Sections.Length - 1)
        from slugWord in Gen.Elements(Words)
        from title in Phrase(TitleWords, 1, 6)
        from summary in Gen.OneOf(Gen.Constant<string?>(null), Phrase(TitleWords, 3, 12).Select(s => (string?)s))
        from paragraphCount in Gen.Choose(1, 4)
        from paragraphs in Gen.ListOf(Gen.Choose(1, 12).SelectMany(n => Gen.ListOf(TokenGen(terms, refs, pages), n)), paragraphCount)
        from placed in Gen.Elements(true, false)
        from row in Gen.Choose(0, rows - 1)
        from column in Gen.Choose(0, columns - 1)
        from evidence in Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(0, tableRows * 2 - 1).Select(x => (int?)x))
        from related in Gen.SubListOf(Enumerable.Range(0, pages).Where(p => p != i).ToArray())
        from pageThemes in Gen.SubListOf(Enumerable.Range(0, themes).ToArray())
        select new PageSpec(section, $"p{i}-{Ascii(slugWord).ToLowerInvariant()}", Capitalise(title), summary,
            paragraphs.Select(p => (IReadOnlyList<Token>)p.ToList()).ToList(),
            placed ? row : null, placed ? column : null, evidence, related.ToList(), pageThemes.ToList());

    private static Gen<Token> TokenGen(int terms, int refs, int pages) => Gen.Frequency(
        (6, Gen.Elements(Words).Select(w => (Token)new WordToken(w))),
        (2, from term in Gen.Choose(0, terms - 1) from form in Gen.Choose(0, 3) select (Token)new TermToken(term, form)),
        (2, from form in Gen.Choose(0, 5) from first in Gen.Choose(0, refs - 1) from second in Gen.Choose(0, refs - 1)
            select (Token)new CiteToken(form, first, second)),
        (1, from page in Gen.Choose(0, pages - 1) from form in Gen.Choose(0, 3) from target in Gen.Choose(0, 99)
            select (Token)new LinkToken(page, form, target)));

    /// <summary>Writes the site into <paramref name="root"/>; returns where each page body cites, by page index.</summary>
    public static IReadOnlyList<IReadOnlyList<CitationPlace>> Write(SiteSpec site, string root)
    {
        void File(string path, string text)
        {
            var full = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            System.IO.File.WriteAllText(full, text, new UTF8Encoding(false));
        }

        File("site.config.yml", "title: Generated briefings\nprint:\n  editions: true\nmenu:\n  - { title: Definitions, url: /definitions/ }\n  - { title: Grids, url: /grids/grid/ }\n");
        File("content/data/terms.yml", string.Concat(site.Terms.Select(t =>
            $"- id: {t.Id}\n  name: {Quote(t.Name)}\n  aliases: [{Quote(t.Alias)}]\n  explanation: {Quote(t.Explanation)}\n")));
        File("content/data/references.yml", string.Concat(site.Refs.Select(r =>
            $"- id: {r.Id}\n  type: book\n  author: [{{family: {Quote(r.Family)}, given: {Quote(r.Given)}}}]\n  issued: {r.Year}\n  title: {Quote(r.Title)}\n")));
        var grid = new StringBuilder("- id: grid\n  name: The grid\n  source: " + site.Refs[0].Id + "\n");
        grid.Append("  rows: { label: Rows, levels: [").Append(string.Join(", ", Enumerable.Range(0, site.GridRows).Select(i => $"{{ id: row{i}, label: Row {i} }}"))).Append("] }\n");
        grid.Append("  columns: { label: Columns, levels: [").Append(string.Join(", ", Enumerable.Range(0, site.GridColumns).Select(i => $"{{ id: col{i}, label: Column {i} }}"))).Append("] }\n  cells:\n");
        for (var r = 0; r < site.GridRows; r++)
        {
            for (var c = 0; c < site.GridColumns; c++)
            {
                grid.Append(CultureInfo.InvariantCulture, $"    - {{ row: row{r}, column: col{c}, text: \"Cell {r}/{c} of [[{site.Terms[0].Id}]].\" }}\n");
            }
        }

        File("content/data/grids.yml", grid.ToString());
        File("content/data/tables.yml", "- id: tbl\n  title: Benefits and risks\n  rows:\n" + string.Concat(Enumerable.Range(0, site.TableRows).Select(i =>
            $"    - benefit: {{ id: b{i}, text: Benefit {i}. }}\n      risk: {{ id: k{i}, text: Risk {i}. }}\n")));
        File("content/data/themes.yml", string.Concat(Enumerable.Range(0, site.ThemeCount).Select(i => $"- id: th{i}\n  title: Theme {i}\n")));

        // The home page uses every item, so that no generated site has an unused term, reference, grid, table or theme.
        File("content/_index.md",
            $"---\ntitle: Home\nthemes: [{string.Join(", ", Enumerable.Range(0, site.ThemeCount).Select(i => "th" + i))}]\n---\n" +
            $"Terms: {string.Join(" ", site.Terms.Select(t => $"[[{t.Id}]]"))}.\n\nWorks [{string.Join("; ", site.Refs.Select(r => "@" + r.Id))}].\n\n" +
            "{{< grid grid >}}\n\n{{< table tbl >}}\n");

        var places = new List<IReadOnlyList<CitationPlace>>();
        for (var i = 0; i < site.Pages.Count; i++)
        {
            var (path, text, cites) = PageText(site, i);
            File(path, text);
            places.Add(cites);
        }

        return places;
    }

    public static string PagePath(SiteSpec site, int page) => $"content/{Sections[site.Pages[page].Section]}/{site.Pages[page].Slug}.md";

    private static (string Path, string Text, List<CitationPlace> Cites) PageText(SiteSpec site, int index)
    {
        var page = site.Pages[index];
        var path = PagePath(site, index);
        var front = new List<string> { "---", $"title: {Quote(page.Title)}" };
        if (page.Summary is not null)
        {
            front.Add($"summary: {Quote(page.Summary)}");
        }

        if (page.Themes.Count > 0)
        {
            front.Add($"themes: [{string.Join(", ", page.Themes.Select(t => "th" + t))}]");
        }

        if (page.Related.Count > 0)
        {
            front.Add($"related: [{string.Join(", ", page.Related.Select(r => $"{Sections[site.Pages[r].Section]}/{site.Pages[r].Slug}"))}]");
        }

        if (page.PlacementRow is { } row && page.PlacementColumn is { } column)
        {
            front.Add($"placements:\n  - {{ grid: grid, cell: row{row}/col{column}, reason: {Quote(page.Title)} }}");
        }

        if (page.EvidenceItem is { } item)
        {
            var id = item % 2 == 0 ? $"b{item / 2 % site.TableRows}" : $"k{item / 2 % site.TableRows}";
            front.Add($"evidence:\n  - {{ item: tbl/{id}, note: How. }}");
        }

        front.Add("---");
        var lines = string.Join("\n", front).Split('\n').ToList();
        var cites = new List<CitationPlace>();
        var paragraphs = page.Paragraphs.ToList();
        if (!paragraphs.SelectMany(p => p).OfType<CiteToken>().Any())
        {
            paragraphs.Add([new WordToken("See"), new CiteToken(0, 0, 0)]);
        }

        foreach (var paragraph in paragraphs)
        {
            var line = new StringBuilder();
            foreach (var token in paragraph)
            {
                if (line.Length > 0)
                {
                    line.Append(' ');
                }

                switch (token)
                {
                    case WordToken word:
                        line.Append(word.Text);
                        break;
                    case TermToken term:
                        var t = site.Terms[term.Term];
                        line.Append(term.Form switch
                        {
                            0 => $"[[{t.Id}]]",
                            1 => $"[[{t.Name}]]",
                            2 => $"[[{t.Alias}]]",
                            _ => $"[[{t.Id}|the {Words[term.Term % Words.Length]}]]",
                        });
                        break;
                    case CiteToken cite:
                        var a = site.Refs[cite.First].Id;
                        var b = site.Refs[cite.Second].Id;
                        var start = line.Length;
                        var (text, offsets) = cite.Form switch
                        {
                            0 => ($"[@{a}]", new[] { (1, a) }),
                            1 => ($"[@{a}, p. 12]", [(1, a)]),
                            2 => ($"[@{a}; @{b}]", [(1, a), (a.Length + 4, b)]),
                            3 => ($"[-@{a}]", [(2, a)]),
                            4 => ($"@{a}", [(0, a)]),
                            _ => ($"[see @{a}]", [(5, a)]),
                        };
                        line.Append(text);
                        var written = line.ToString();
                        cites.AddRange(offsets.Select(o => new CitationPlace(path, lines.Count + 2,
                            StringInfo.ParseCombiningCharacters(written[..(start + o.Item1)]).Length + 1, start + o.Item1, o.Item2)));
                        break;
                    case LinkToken link:
                        line.Append('[').Append(Words[link.Target % Words.Length]).Append("](").Append(LinkUrl(site, index, link)).Append(')');
                        break;
                }
            }

            lines.Add("");
            lines.Add(line.ToString());
        }

        lines.Add("");
        lines.Add("## Lessons learned");
        lines.Add("");
        lines.Add("The end.");
        return (path, string.Join("\n", lines) + "\n", cites);
    }

    /// <summary>
    /// False until the bug in the hardening report is fixed: the print editions (paper, pack) of a page keep its links
    /// to .md files as written ("b.md"), which lead nowhere and which the link check skips. With it false, links to
    /// other pages are written as site paths only; set it to true to generate .md links again.
    /// </summary>
    public const bool MarkdownFileLinks = true;

    private static string LinkUrl(SiteSpec site, int from, LinkToken link)
    {
        var target = site.Pages[link.Page];
        var sameSection = site.Pages[from].Section == target.Section;
        var markdown = sameSection ? $"{target.Slug}.md" : $"../{Sections[target.Section]}/{target.Slug}.md";
        var sitePath = $"/{Sections[target.Section]}/{target.Slug}/";
        return link.Form switch
        {
            0 => MarkdownFileLinks ? markdown : sitePath,
            1 => sitePath,
            2 => (MarkdownFileLinks ? markdown : sitePath) + "#lessons-learned",
            _ => (link.Target % 6) switch
            {
                0 => $"/definitions/#term-{site.Terms[link.Target % site.Terms.Count].Id}",
                1 => $"/bibliography/#ref-{site.Refs[link.Target % site.Refs.Count].Id}",
                2 => "/grids/grid/",
                3 => "/tables/tbl/",
                4 => $"/themes/th{link.Target % site.ThemeCount}/",
                _ => MarkdownFileLinks ? "../_index.md" : "/",
            },
        };
    }

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Ascii(string word)
    {
        var ascii = new StringBuilder();
        foreach (var c in word.Normalize(NormalizationForm.FormD))
        {
            if (c is >= 'a' and <= 'z' or >= 'A' and <= 'Z')
            {
                ascii.Append(c);
            }
        }

        return ascii.Length == 0 ? "x" : ascii.ToString();
    }
}
