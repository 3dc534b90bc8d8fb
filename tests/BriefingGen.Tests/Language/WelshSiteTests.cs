using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BriefingGen.Loading;
using BriefingGen.Parsing;
using BriefingGen.Printing;
using UglyToad.PdfPig;

namespace BriefingGen.Tests.Language;

/// <summary>A site with <c>language: cy</c> speaks Welsh: every interface string of the theme comes from its cy.yml.</summary>
public sealed partial class WelshSiteTests
{
    [Fact]
    public void A_welsh_site_builds_with_no_diagnostics()
    {
        var site = TranslatedSite.Get("cy");
        Assert.True(site.Result.Diagnostics.Count == 0, string.Join("\n", site.Result.Diagnostics));
    }

    [Fact]
    public void A_welsh_site_shows_no_english_interface_string()
    {
        var found = EnglishStringsShown(TranslatedSite.Get("cy"));
        Assert.True(found.Count == 0, "English interface strings in the Welsh site:\n" +
            string.Join("\n", found.Select(f => $"{f.Page}: {f.Key} \"{f.Text}\"").Distinct().Take(60)));
    }

    [Fact]
    public void The_check_for_english_finds_the_strings_of_an_english_site()
    {
        // Without this, a check that never matched anything would pass the Welsh site too.
        var keys = EnglishStringsShown(TranslatedSite.Get("en")).Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var key in new[] { "key_facts", "contents", "page_not_found", "by_authors", "themes_list", "not_found_text", "cite_as", "title_definitions", "summary_definitions" })
        {
            Assert.Contains(key, keys);
        }
    }

    [Fact]
    public void A_welsh_site_shows_welsh_headings_dates_and_page_numbers()
    {
        var site = TranslatedSite.Get("cy");
        var page = site.Read("case-studies/riverside/index.html");
        Assert.Contains("<html lang=\"cy\">", page);
        Assert.Contains(">Ffeithiau allweddol</h2>", page);
        Assert.Contains("<a href=\"../../index.html\">Hafan</a>", page);
        Assert.Contains("Cyhoeddwyd <time datetime=\"2024-03-01\">1 Mawrth 2024</time>", page); // .NET's cy culture names the month
        var paper = site.Read("case-studies/riverside/paper/index.html");
        Assert.Contains("@bottom-right { content: \"Tudalen \" counter(page) \" o \" counter(pages); }", paper);
        Assert.Contains("<strong>Dyfynnwch fel:</strong>", paper);
        var pack = site.Read("packs/small-pack/index.html");
        Assert.Contains(">Cynnwys</h2>", pack);
        Assert.Contains(">Llyfryddiaeth</a>", pack);
        var home = site.Read("index.html");
        Assert.Contains(">Diffiniadau a chysyniadau</a>", home);
    }

    [Fact]
    public void A_welsh_bibliography_and_its_citations_have_welsh_words_between_names_years_and_titles()
    {
        using var site = Support.TestSite.With("""
            -- content/data/references.yml --
            - id: needham2009
              type: chapter
              author: [{ family: Needham, given: Catherine }, { family: Carr, given: Sarah }]
              editor: [{ family: Evers, given: Adalbert }]
              issued: 2009
              title: Co-production
              container-title: A handbook
              page: 10-20
              edition: 2
            - id: horne
              type: webpage
              author: [{ family: Horne, given: Anna }]
              title: Notes
              URL: https://example.org/notes
              accessed: 2024-03-03
            - id: boyle2010
              type: article-journal
              author: [{ family: Boyle, given: David }, { family: Harris, given: Michael }, { family: Slay, given: Julia }]
              issued: 2010
              title: Right here
              container-title: A journal
              issue: "4"
              page: "7"
            -- content/notes.md --
            ---
            title: Nodiadau
            ---
            Fel y dywed [@needham2009], [@horne] a [@boyle2010].
            """);
        site.WriteFile("site.config.yml", "title: Briffiau\nlanguage: cy\n");
        Assert.True(site.Build().Succeeded);

        var bibliography = site.ReadOutput("bibliography/index.html");
        Assert.Contains("Needham, C. a Carr, S. (2009) ‘Co-production’, yn Evers, A. (gol.) <em>A handbook</em>, tt. 10–20. arg. 2.", bibliography);
        Assert.Contains("Horne, A. (d.d.) <em>Notes</em>. Ar gael yn: <a href=\"https://example.org/notes\">https://example.org/notes</a> (Cyrchwyd: 3 Mawrth 2024)", bibliography);
        Assert.Contains("Boyle, D., Harris, M. a Slay, J. (2010) ‘Right here’, <em>A journal</em>, rhif 4, t. 7.", bibliography);
        var page = site.ReadOutput("notes/index.html");
        Assert.Contains(">Needham a Carr, 2009<", page);
        Assert.Contains(">Horne, d.d.<", page);
    }

    [Fact]
    public void A_welsh_list_of_sources_says_ac_before_a_vowel_and_a_before_a_consonant()
    {
        using var site = Support.TestSite.With("""
            -- content/data/references.yml --
            - { id: adams, type: book, author: [{ family: Adams, given: Ann }], issued: 2020, title: Un }
            - { id: evans, type: book, author: [{ family: Evans, given: Eve }], issued: 2021, title: Dau }
            - { id: owen, type: book, author: [{ family: Ŵen, given: Owain }], issued: 2022, title: Tri }
            - { id: bevan, type: book, author: [{ family: Bevan, given: Ben }], issued: 2023, title: Pedwar }
            -- content/notes.md --
            ---
            title: Nodiadau
            facts:
              - { label: Pobl, value: "300", source: [adams, evans] }
              - { label: Tai, value: "120", source: [adams, owen] }
              - { label: Siopau, value: "4", source: [adams, bevan] }
            ---
            Testun.
            """);
        site.WriteFile("site.config.yml", "title: Briffiau\nlanguage: cy\n");
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var sources = Regex.Matches(site.ReadOutput("notes/index.html"), @"Ffynonellau: .*?</span>").Select(m => Regex.Replace(m.Value, "<[^>]+>", "")).ToList();
        Assert.Equal(["Ffynonellau: Adams, 2020 ac Evans, 2021", "Ffynonellau: Adams, 2020 ac Ŵen, 2022", "Ffynonellau: Adams, 2020 a Bevan, 2023"], sources);
    }

    [Fact]
    public void Welsh_citations_and_references_say_ac_before_a_name_that_starts_with_a_vowel()
    {
        using var site = Support.TestSite.With("""
            -- content/data/references.yml --
            - { id: two, type: book, author: [{ family: Adams, given: Ann }, { family: Evans, given: Eve }], issued: 2020, title: Un }
            - { id: three, type: book, author: [{ family: Bevan, given: Ben }, { family: Carr, given: Cai }, { family: Owen, given: Owain }], issued: 2021, title: Dau }
            - { id: plain, type: book, author: [{ family: Bevan, given: Ben }, { family: Carr, given: Cai }], issued: 2022, title: Tri }
            -- content/notes.md --
            ---
            title: Nodiadau
            ---
            Testun [@two] [@three] [@plain].
            """);
        site.WriteFile("site.config.yml", "title: Briffiau\nlanguage: cy\n");
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var page = site.ReadOutput("notes/index.html");
        Assert.Contains(">Adams ac Evans, 2020<", page);
        Assert.Contains(">Bevan a Carr, 2022<", page);
        var bibliography = site.ReadOutput("bibliography/index.html");
        Assert.Contains("Adams, A. ac Evans, E. (2020)", bibliography);
        Assert.Contains("Bevan, B., Carr, C. ac Owen, O. (2021)", bibliography);
        Assert.Contains("Bevan, B. a Carr, C. (2022)", bibliography);
    }

    [Fact]
    public void A_site_can_say_which_and_comes_before_a_vowel_in_its_own_language_file()
    {
        using var site = Support.TestSite.With("""
            -- content/data/references.yml --
            - { id: adams, type: book, author: [{ family: Adams, given: Ann }], issued: 2020, title: Un }
            - { id: evans, type: book, author: [{ family: Evans, given: Eve }], issued: 2021, title: Dau }
            -- templates/i18n/en.yml --
            list_and: "&"
            list_and_before_vowel: "and also"
            list_and_vowels: e
            -- content/notes.md --
            ---
            title: Notes
            facts:
              - { label: People, value: "300", source: [adams, evans] }
            ---
            Text.
            """);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        Assert.Contains("Adams, 2020</a> and also <a", site.ReadOutput("notes/index.html"));
    }

    [SkippableFact]
    public void A_welsh_pdf_numbers_its_pages_in_welsh()
    {
        Skip.If(BrowserLocator.Find(null) is null, Printing.PrintedSite.NoBrowser);
        var site = TranslatedSite.Get("cy", pdf: true);
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics));
        var file = Directory.EnumerateFiles(site.Output, "*-paper.pdf", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        using var pdf = PdfDocument.Open(file);
        Assert.Contains($"Tudalen1o{pdf.NumberOfPages}", Squash(pdf.GetPage(1).Text));
    }

    [Fact]
    public void The_welsh_file_has_every_key_of_the_english_one()
    {
        var english = ThemeFile("en");
        var welsh = ThemeFile("cy");
        Assert.Empty(english.Strings.Keys.Except(welsh.Strings.Keys));
    }

    private sealed record Shown(string Page, string Key, string Text);

    // Elements whose whole text is one phrase of the interface (a string with a link inside it, say).
    private static readonly HashSet<string> PhraseElements = new(StringComparer.Ordinal)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "caption", "th", "td", "label", "button", "a", "span", "strong", "em", "title", "summary",
    };

    /// <summary>
    /// Each place a page shows an English string of en.yml whose Welsh differs: a text node, an attribute a reader or a
    /// screen reader meets, or (for a string with enough words of its own) the whole text of a phrase element, where a
    /// placeholder matches any text. Text the editors wrote (found in the site's content or config) is theirs, not the theme's.
    /// </summary>
    private static List<Shown> EnglishStringsShown(TranslatedSite site)
    {
        var english = ThemeFile("en");
        var welsh = ThemeFile("cy");
        var patterns = new List<(string Key, Regex Pattern, bool Phrase)>();
        // The citation style's words stand between an editor's names and titles ("{first} and {second}"), so their patterns
        // match the editors' own text ("Power and co-production"): the bibliography test checks them where they are used.
        foreach (var (key, text) in english.Strings.Where(s => s.Key != "date_long" && !s.Key.StartsWith("citation_", StringComparison.Ordinal)))
        {
            var same = welsh.Strings.TryGetValue(key, out var translated) ? translated.Forms.Values.ToHashSet(StringComparer.Ordinal) : [];
            foreach (var form in text.Forms.Values.Where(f => !same.Contains(f)))
            {
                var words = Placeholder().Split(form);
                var pattern = new Regex("^" + Placeholder().Replace(Regex.Escape(form).Replace(@"\{", "{"), p => p.Value == "{count}" ? @"\d+" : ".+?") + "$",
                    RegexOptions.CultureInvariant);
                patterns.Add((key, pattern, words.Sum(w => w.Count(char.IsLetter)) >= 10));
            }
        }

        var written = Normalise(string.Join(" ", Directory.EnumerateFiles(site.Source, "*", SearchOption.AllDirectories)
            .Where(f => !f.StartsWith(site.Output, StringComparison.Ordinal)).Select(File.ReadAllText)));
        var shown = new List<Shown>();
        var parser = new HtmlParser();
        foreach (var path in site.Pages())
        {
            var document = parser.ParseDocument(site.Read(path));
            foreach (var (text, phrase) in VisibleTexts(document).Distinct())
            {
                if (text.Length == 0 || written.Contains(text, StringComparison.Ordinal))
                {
                    continue;
                }

                foreach (var (key, pattern, _) in patterns.Where(p => (!phrase || p.Phrase) && p.Pattern.IsMatch(text)))
                {
                    shown.Add(new Shown(path, key, text));
                }
            }
        }

        return shown;
    }

    private static IEnumerable<(string Text, bool Phrase)> VisibleTexts(IDocument document)
    {
        foreach (var element in document.All.Where(e => e.LocalName is not ("script" or "style")))
        {
            if (PhraseElements.Contains(element.LocalName) && element.Children.Length > 0)
            {
                yield return (Normalise(element.TextContent), true);
            }

            foreach (var node in element.ChildNodes.OfType<IText>())
            {
                yield return (Normalise(node.Data), false);
            }

            foreach (var name in new[] { "aria-label", "placeholder", "title", "alt" })
            {
                if (element.GetAttribute(name) is { } value)
                {
                    yield return (Normalise(value), false);
                }
            }

            if (element.GetAttribute("data-pagefind-filter") is { } filter)
            {
                yield return (Normalise(filter.Split('[')[0]), false);
            }
        }
    }

    private static string Normalise(string text) => Whitespace().Replace(text, " ").Trim();

    private static string Squash(string text) => Whitespace().Replace(text, "");

    private static ParsedLanguageFile ThemeFile(string language) =>
        LanguageFileParser.Parse(SiteLoader.ThemeLanguageFiles().Single(f => f.Name == $"i18n/{language}.yml"), new BriefingGen.Diagnostics.DiagnosticBag())!;

    [GeneratedRegex(@"\{[a-z_]+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
