using System.Security.Cryptography;
using BriefingGen.Diagnostics;
using BriefingGen.Model.Items;
using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Incremental;

/// <summary>An incremental rebuild always writes what a full build writes, and touches only what a change reaches.</summary>
public sealed partial class IncrementalBuildTests
{
    /// <summary>
    /// Edits pages, every data kind's file (the registry's kinds: a new kind is edited without changing this test),
    /// templates overridden in templates/ and the config; after each, serve's output equals a full build's. The small
    /// fixture has a data file of every kind.
    /// </summary>
    [Theory]
    [InlineData("bundled", false)]
    [InlineData("bundled", true)]
    [InlineData("small-site", true)]
    public void After_many_random_edits_incremental_output_equals_a_full_build(string siteName, bool toldWhatChanged)
    {
        using var site = siteName == "bundled" ? CopyOfBundledSite() : CopyOfFixture(siteName);
        if (siteName != "bundled")
        {
            Assert.All(DataKinds.All.Where(k => k.HasFile), kind => Assert.True(File.Exists(DataFile(site, kind)), $"the {siteName} fixture has no {kind.Name} file"));
        }

        var incrementalOutput = Path.Combine(site.Root, "_incremental");
        var builder = new IncrementalBuilder(new BuildOptions { Source = site.Root, Search = false, Output = incrementalOutput });
        Assert.True(builder.Build().Succeeded);
        var random = new Random(20261123);
        var edits = new List<string>();
        var compared = 0;
        // Every other step of the first ones edits each kind's data file, a template and the config in turn, so each is edited at least once.
        var each = new Queue<Func<string>>(DataKinds.All.Where(k => k.HasFile && File.Exists(DataFile(site, k)))
            .Select(kind => (Func<string>)(() => EditDataText(site, DataFile(site, kind), random)))
            .Append(() => EditTemplate(site, random)).Append(() => EditConfig(site, random)));
        for (var step = 0; step < 40; step++)
        {
            var before = ContentFiles(site);
            edits.Add(step % 2 == 0 && each.Count > 0 ? each.Dequeue()() : RandomEdit(site, random));
            // As serve's file watcher reports them: the paths of the files written, added and deleted.
            var incremental = builder.Build(toldWhatChanged ? ChangedPaths(before, ContentFiles(site)) : null);
            var fullOutput = Path.Combine(site.Root, "_full");
            var full = SiteBuilder.Build(new BuildOptions { Source = site.Root, Output = fullOutput, Search = false });
            var history = string.Join("\n", edits);
            Assert.Equal(full.Diagnostics.Select(d => d.ToString()), incremental.Diagnostics.Select(d => d.ToString()));
            if (full.Succeeded)
            {
                Assert.True(Fingerprint(fullOutput) == Fingerprint(incrementalOutput), $"outputs differ after:\n{history}\n{Difference(fullOutput, incrementalOutput)}");
                compared++;
            }
            else
            {
                edits[^1] += " -> " + full.Diagnostics.First(d => d.IsError);
            }
        }

        Assert.True(compared >= 28, $"only {compared} of 40 edits left a buildable site:\n{string.Join("\n", edits)}");
    }

    [Fact]
    public void Editing_a_term_explanation_rewrites_the_pages_that_link_the_term_not_the_whole_site()
    {
        using var site = TestSite.With(
            "-- content/data/terms.yml --\n- id: habitus\n  name: Habitus\n  explanation: Old words.\n- id: field\n  name: Field\n  explanation: A field.\n" +
            "-- content/a.md --\n---\ntitle: A\n---\nAbout [[habitus]].\n" +
            "-- content/b.md --\n---\ntitle: B\n---\nAbout [[field]].\n" +
            "-- content/c.md --\n---\ntitle: C\n---\nNo terms.\n");
        var builder = BuiltOnce(site);
        site.WriteFile("content/data/terms.yml", "- id: habitus\n  name: Habitus\n  explanation: New words.\n- id: field\n  name: Field\n  explanation: A field.\n");
        Assert.True(builder.Build().Succeeded);
        Assert.Contains("a/index.html", builder.LastWritten);
        Assert.Contains("definitions/index.html", builder.LastWritten);
        Assert.DoesNotContain("b/index.html", builder.LastWritten);
        Assert.DoesNotContain("c/index.html", builder.LastWritten);
        Assert.Contains("New words.", site.ReadOutput("a/index.html"));
    }

    [Fact]
    public void Retitling_a_case_study_renames_its_chip_in_the_grid_of_another_case_placed_on_it()
    {
        using var site = TestSite.With(
            "-- content/data/grids.yml --\n- id: g\n  name: Grid\n" +
            "  rows: { label: Rows, levels: [{ id: r1, label: R1 }] }\n  columns: { label: Columns, levels: [{ id: c1, label: C1 }, { id: c2, label: C2 }] }\n" +
            "  cells:\n    - { row: r1, column: c1, text: One }\n    - { row: r1, column: c2, text: Two }\n" +
            "-- content/case-studies/a.md --\n---\ntitle: Case A\nplacements:\n  - { grid: g, cell: r1/c1, reason: Because. }\n---\nA.\n" +
            // In another section, so no pager names the first case: only the chip in its grid does.
            "-- content/notes/b.md --\n---\ntitle: Case B\nplacements:\n  - { grid: g, cell: r1/c2, reason: Because. }\n---\nB.\n");
        var builder = BuiltOnce(site);
        Assert.Contains(">Case A</a>", site.ReadOutput("notes/b/index.html"));
        site.WriteFile("content/case-studies/a.md", "---\ntitle: Case Alpha\nplacements:\n  - { grid: g, cell: r1/c1, reason: Because. }\n---\nA.\n");
        var rebuilt = builder.Build();
        Assert.True(rebuilt.Succeeded, string.Join("\n", rebuilt.Diagnostics));
        Assert.Contains("notes/b/index.html", builder.LastWritten);
        Assert.Contains(">Case Alpha</a>", site.ReadOutput("notes/b/index.html"));
    }

    [Fact]
    public void Serve_writes_the_pages_a_build_writes_with_the_same_options_search_page_included()
    {
        using var site = TestSite.With(
            "-- content/notes/a.md --\n---\ntitle: A\n---\nFirst.\n" +
            "-- content/notes/b.md --\n---\ntitle: B\n---\nSecond.\n");
        var full = SiteBuilder.Build(new BuildOptions { Source = site.Root, Output = Path.Combine(site.Root, "_full") });
        var incremental = new IncrementalBuilder(new BuildOptions { Source = site.Root, Output = Path.Combine(site.Root, "_incremental") }).Build();

        Assert.True(full.Succeeded && incremental.Succeeded);
        Assert.Equal(HtmlFiles(Path.Combine(site.Root, "_full")), HtmlFiles(Path.Combine(site.Root, "_incremental")));
        Assert.Equal(full.PagesWritten, incremental.PagesWritten);
    }

    private static List<string> HtmlFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*.html", SearchOption.AllDirectories).Where(f => !f.Contains("/pagefind/", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(folder, f)).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void Editing_one_page_renders_only_that_page_and_the_pages_that_show_it()
    {
        using var site = TestSite.With(
            "-- content/notes/a.md --\n---\ntitle: A\n---\nFirst.\n" +
            "-- content/notes/b.md --\n---\ntitle: B\n---\nSecond.\n" +
            "-- content/notes/c.md --\n---\ntitle: C\n---\nThird.\n");
        var builder = new IncrementalBuilder(new BuildOptions { Source = site.Root, Search = false });
        builder.Build();
        site.WriteFile("content/notes/b.md", "---\ntitle: B\n---\nSecond, edited.\n");
        builder.Build();
        Assert.Equal(["notes/b/index.html"], builder.LastWritten);
        Assert.True(builder.LastRendered < 5, $"rendered {builder.LastRendered} pages");
    }

    [Fact]
    public void Retitling_a_page_rewrites_its_neighbours_pagers_but_not_the_rest_of_its_section()
    {
        var pages = string.Concat("abcdef".Select(c => $"-- content/notes/{c}.md --\n---\ntitle: Note {c}\n---\nText.\n"));
        using var site = TestSite.With(pages);
        var builder = BuiltOnce(site);
        site.WriteFile("content/notes/c.md", "---\ntitle: Note c, retitled\n---\nText.\n");
        var rebuilt = builder.Build();
        Assert.True(rebuilt.Succeeded, string.Join("\n", rebuilt.Diagnostics));
        Assert.Contains("notes/b/index.html", builder.LastWritten);
        Assert.Contains("notes/d/index.html", builder.LastWritten);
        Assert.Contains("Note c, retitled", site.ReadOutput("notes/b/index.html"));
        Assert.DoesNotContain("notes/a/index.html", builder.LastWritten);
        Assert.DoesNotContain("notes/f/index.html", builder.LastWritten);
        Assert.True(builder.LastRendered < 8, $"rendered {builder.LastRendered} pages");
    }

    [Fact]
    public void Moving_a_page_to_the_top_of_its_section_by_weight_and_unlinking_a_page_build_as_a_full_build_does()
    {
        var pages = string.Concat("abcdef".Select(c => $"-- content/notes/{c}.md --\n---\ntitle: Note {c}\n---\nText, see [b](../b/).\n"));
        using var site = TestSite.With(pages);
        var output = Path.Combine(site.Root, "_incremental");
        var builder = new IncrementalBuilder(new BuildOptions { Source = site.Root, Search = false, Output = output });
        Assert.True(builder.Build().Succeeded);
        // The same pages at the same URLs after each edit: what changed is found from the pages, lists and uses alone.
        foreach (var (file, text) in new[]
        {
            ("content/notes/e.md", "---\ntitle: Note e\nweight: -1\n---\nText, see [b](../b/).\n"),
            ("content/notes/d.md", "---\ntitle: Note d\n---\nText without links.\n"),
            ("content/notes/a.md", "---\ntitle: Note a\n---\nText, see [b](../b/) and [c](../c/).\n"),
        })
        {
            site.WriteFile(file, text);
            Assert.True(builder.Build([Path.Combine(site.Root, file)]).Succeeded);
            var fullOutput = Path.Combine(site.Root, "_full");
            Assert.True(SiteBuilder.Build(new BuildOptions { Source = site.Root, Output = fullOutput, Search = false }).Succeeded);
            Assert.True(Fingerprint(fullOutput) == Fingerprint(output), $"outputs differ after editing {file}:\n{Difference(fullOutput, output)}");
        }

        Assert.Contains("Note e", File.ReadAllText(Path.Combine(output, "notes/a/index.html"))); // e now comes before a
    }

    [Theory]
    [InlineData("")]
    [InlineData("-- content/notes/_index.md --\n---\ntitle: Notes\n---\nAll the notes.\n")]
    public void A_new_summary_shows_in_the_listing_of_its_section_with_or_without_an_index_file(string indexFile)
    {
        using var site = TestSite.With(indexFile +
            "-- content/notes/a.md --\n---\ntitle: A\nsummary: First summary.\n---\nText.\n" +
            "-- content/notes/b.md --\n---\ntitle: B\nsummary: Second summary.\n---\nText.\n");
        var builder = BuiltOnce(site);
        site.WriteFile("content/notes/b.md", "---\ntitle: B\nsummary: Second summary, revised.\n---\nText.\n");
        builder.Build();
        site.WriteFile("content/notes/a.md", "---\ntitle: A\nsummary: First summary.\n---\nText, edited.\n");
        Assert.True(builder.Build().Succeeded);
        Assert.Contains("Second summary, revised.", site.ReadOutput("notes/index.html"));
        Assert.DoesNotContain("notes/index.html", builder.LastWritten);
    }

    [Fact]
    public void A_site_template_that_lists_regions_shows_a_changed_region()
    {
        using var site = TestSite.With(
            "-- templates/layouts/list.html --\n{{ for child in page.children }}<p>{{ child.title }}: {{ child.region }}</p>{{ end }}\n" +
            "-- content/case-studies/a.md --\n---\ntitle: A\nregion: North\n---\nText.\n" +
            "-- content/case-studies/b.md --\n---\ntitle: B\nregion: South\n---\nText.\n");
        var builder = BuiltOnce(site);
        site.WriteFile("content/case-studies/b.md", "---\ntitle: B\nregion: East\n---\nText.\n");
        Assert.True(builder.Build().Succeeded);
        Assert.Contains("<p>B: East</p>", site.ReadOutput("case-studies/index.html"));
    }

    [Fact]
    public void An_edited_template_shows_on_the_next_build_and_a_template_error_is_reported_until_fixed()
    {
        using var site = TestSite.With(
            "-- templates/layouts/list.html --\n<p>First list.</p>\n" +
            "-- content/case-studies/a.md --\n---\ntitle: A\n---\nText.\n");
        var builder = BuiltOnce(site);

        site.WriteFile("templates/layouts/list.html", "<p>Second list.</p>\n");
        Assert.True(builder.Build().Succeeded);
        Assert.Contains("Second list.", site.ReadOutput("case-studies/index.html"));

        site.WriteFile("templates/layouts/list.html", "<p>{{ if }}</p>\n");
        Assert.Contains(builder.Build().Diagnostics, d => d.Code == DiagnosticCodes.TemplateSyntax);
        Assert.Contains(builder.Build().Diagnostics, d => d.Code == DiagnosticCodes.TemplateSyntax); // reported again while not fixed

        site.WriteFile("templates/layouts/list.html", "<p>Third list.</p>\n");
        Assert.True(builder.Build().Succeeded);
        Assert.Contains("Third list.", site.ReadOutput("case-studies/index.html"));
    }

    [Fact]
    public void Removing_a_term_reports_the_pages_that_still_link_it_and_restoring_it_clears_the_error()
    {
        const string terms = "- id: habitus\n  name: Habitus\n  explanation: A disposition.\n";
        using var site = TestSite.With(
            "-- content/data/terms.yml --\n" + terms + "- id: field\n  name: Field\n  explanation: A field.\n" +
            "-- content/a.md --\n---\ntitle: A\n---\nAbout [[habitus]] and [[field]].\n" +
            "-- content/b.md --\n---\ntitle: B\n---\nAbout [[field]].\n");
        var builder = BuiltOnce(site);

        site.WriteFile("content/data/terms.yml", terms);
        var broken = builder.Build();
        Assert.Equal(["content/a.md:4:23: error BG0601", "content/b.md:4:7: error BG0601"],
            broken.Diagnostics.Select(d => d.ToString()[..d.ToString().IndexOf("BG0601", StringComparison.Ordinal)] + "BG0601"));

        site.WriteFile("content/data/terms.yml", terms + "- id: field\n  name: Field\n  explanation: A field, again.\n");
        Assert.True(builder.Build().Succeeded);
        Assert.Contains("A field, again.", site.ReadOutput("b/index.html"));
    }

    [Fact]
    public void Renaming_a_heading_reports_the_links_into_it_from_unchanged_pages_and_restoring_it_clears_them()
    {
        using var site = TestSite.With(
            "-- content/a.md --\n---\ntitle: A\n---\n## Method\n\nHow it was done.\n" +
            "-- content/b.md --\n---\ntitle: B\n---\nSee [the method](a.md#method).\n");
        var builder = BuiltOnce(site);

        site.WriteFile("content/a.md", "---\ntitle: A\n---\n## Approach\n\nHow it was done.\n");
        var broken = builder.Build();
        Assert.Equal("content/b.md:4:5: error BG0502", broken.Diagnostics.Single().ToString()[..30]);

        site.WriteFile("content/a.md", "---\ntitle: A\n---\n## Method\n\nHow it was done, again.\n");
        Assert.True(builder.Build().Succeeded);
    }

    [Fact]
    public void Adding_a_link_to_a_page_lists_the_linking_page_among_its_backlinks()
    {
        using var site = TestSite.With(
            "-- content/case-studies/a.md --\n---\ntitle: Case A\n---\nAbout A.\n" +
            "-- content/briefings/b.md --\n---\ntitle: Briefing B\n---\nAbout B.\n");
        var builder = BuiltOnce(site);
        Assert.DoesNotContain("Pages that link here", site.ReadOutput("case-studies/a/index.html"));

        site.WriteFile("content/briefings/b.md", "---\ntitle: Briefing B\n---\nAbout B, and [case A](../case-studies/a.md).\n");
        Assert.True(builder.Build().Succeeded);
        Assert.Contains("case-studies/a/index.html", builder.LastWritten);
        Assert.Contains("Briefing B</a>", site.ReadOutput("case-studies/a/index.html"));
    }

    [Fact]
    public void A_file_rewritten_with_the_same_size_and_time_is_read_again_when_the_time_is_too_recent_to_trust()
    {
        using var site = TestSite.With("-- content/a.md --\n---\ntitle: A\n---\nVersion one.\n");
        var path = Path.Combine(site.Root, "content", "a.md");
        var stamp = DateTime.UtcNow;
        File.SetLastWriteTimeUtc(path, stamp);
        var builder = BuiltOnce(site);

        // Same length, same modification time: as a second save within the file system's timestamp granularity looks.
        File.WriteAllText(path, "---\ntitle: A\n---\nVersion two.\n");
        File.SetLastWriteTimeUtc(path, stamp);
        Assert.True(builder.Build().Succeeded);
        Assert.Contains("Version two.", site.ReadOutput("a/index.html"));
    }

    [Fact]
    public void An_old_file_that_is_edited_is_read_again()
    {
        using var site = TestSite.With("-- content/a.md --\n---\ntitle: A\n---\nVersion one.\n");
        var path = Path.Combine(site.Root, "content", "a.md");
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddHours(-1));
        var builder = BuiltOnce(site);

        File.WriteAllText(path, "---\ntitle: A\n---\nVersion two, longer.\n");
        Assert.True(builder.Build().Succeeded);
        Assert.Contains("Version two, longer.", site.ReadOutput("a/index.html"));
    }

    [Fact]
    public void A_rebuild_told_which_files_changed_looks_only_at_those()
    {
        using var site = TestSite.With(
            "-- content/a.md --\n---\ntitle: A\n---\nA, version one.\n" +
            "-- content/b.md --\n---\ntitle: B\n---\nB, version one.\n");
        var builder = BuiltOnce(site);
        site.WriteFile("content/a.md", "---\ntitle: A\n---\nA, version two.\n");
        site.WriteFile("content/b.md", "---\ntitle: B\n---\nB, version two.\n");

        Assert.True(builder.Build([Path.Combine(site.Root, "content", "a.md")]).Succeeded);
        Assert.Contains("A, version two.", site.ReadOutput("a/index.html"));
        Assert.Contains("B, version one.", site.ReadOutput("b/index.html"));

        // Not knowing what changed, it looks at every file.
        Assert.True(builder.Build().Succeeded);
        Assert.Contains("B, version two.", site.ReadOutput("b/index.html"));
    }

    [Fact]
    public void Files_added_deleted_or_moved_away_with_their_folder_are_seen_from_the_changed_paths()
    {
        using var site = TestSite.With(
            "-- content/notes/a.md --\n---\ntitle: Note A\n---\nText.\n" +
            "-- content/old/c.md --\n---\ntitle: Old C\n---\nText.\n");
        var builder = BuiltOnce(site);
        string Full(string path) => Path.Combine(site.Root, path);

        site.WriteFile("content/notes/b.md", "---\ntitle: Note B\n---\nText.\n");
        Assert.True(builder.Build([Full("content/notes/b.md")]).Succeeded);
        Assert.Contains("Note B", site.ReadOutput("notes/index.html"));

        File.Delete(Full("content/notes/a.md"));
        Assert.True(builder.Build([Full("content/notes/a.md")]).Succeeded);
        Assert.DoesNotContain("Note A", site.ReadOutput("notes/index.html"));

        // A folder moved out of the site is reported once, by its own path.
        Assert.True(File.Exists(Path.Combine(site.Output, "old", "c", "index.html")));
        Directory.Move(Full("content/old"), Full("moved-away"));
        Assert.True(builder.Build([Full("content/old")]).Succeeded);
        Assert.False(File.Exists(Path.Combine(site.Output, "old", "c", "index.html")));

        // Editors' hidden swap files are not part of the site.
        site.WriteFile("content/notes/.b.md.swp", "swap");
        Assert.True(builder.Build([Full("content/notes/.b.md.swp")]).Succeeded);
    }

    [Fact]
    public void A_site_that_links_a_folder_into_content_is_looked_at_in_full_even_when_the_changed_paths_are_known()
    {
        using var site = TestSite.With("-- shared/a.md --\n---\ntitle: Shared A\n---\nVersion one.\n-- content/index.md --\n---\ntitle: Home\n---\nHome.\n");
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "content", "shared"), Path.Combine(site.Root, "shared"));
        var builder = BuiltOnce(site);

        // Edited through the link's target, outside content/: a watcher of the site reports nothing it watches.
        site.WriteFile("shared/a.md", "---\ntitle: Shared A\n---\nVersion two.\n");
        Assert.True(builder.Build([]).Succeeded);
        Assert.Contains("Version two.", site.ReadOutput("shared/a/index.html"));
    }

    [Fact]
    public void A_slug_made_too_long_for_the_file_system_is_reported_and_shortening_it_clears_the_error()
    {
        using var site = TestSite.With("-- content/a.md --\n---\ntitle: A\n---\nText.\n");
        var builder = BuiltOnce(site);

        site.WriteFile("content/a.md", $"---\ntitle: A\nslug: {new string('a', 300)}\n---\nText.\n");
        var broken = builder.Build();
        Assert.Contains(broken.Diagnostics, d => d.Code == "BG0305" && d.Message.Contains("longer than a file system allows"));

        site.WriteFile("content/a.md", "---\ntitle: A\nslug: short\n---\nText.\n");
        Assert.True(builder.Build().Succeeded);
        Assert.Contains("Text.", site.ReadOutput("short/index.html"));
    }

    [Fact]
    public void Turning_on_raw_html_takes_effect_on_pages_whose_text_did_not_change()
    {
        using var site = TestSite.With("-- site.config.yml --\ntitle: T\n-- content/a.md --\n---\ntitle: A\n---\nSome <mark>marked</mark> words.\n");
        var builder = BuiltOnce(site);
        Assert.DoesNotContain("<mark>marked</mark>", site.ReadOutput("a/index.html"));

        site.WriteFile("site.config.yml", "title: T\nmarkdown:\n  unsafe_html: true\n");
        Assert.True(builder.Build([Path.Combine(site.Root, "site.config.yml")]).Succeeded);
        Assert.Contains("<mark>marked</mark>", site.ReadOutput("a/index.html"));
    }

    [Fact]
    public void A_new_link_to_a_file_and_a_replaced_content_folder_are_seen_from_the_changed_paths()
    {
        using var site = TestSite.With(
            "-- content/a.md --\n---\ntitle: A\n---\nText.\n" +
            "-- notes/b.md --\n---\ntitle: Linked B\n---\nText.\n");
        var builder = BuiltOnce(site);
        string Full(string path) => Path.Combine(site.Root, path);

        File.CreateSymbolicLink(Full("content/b.md"), Full("notes/b.md"));
        Assert.True(builder.Build([Full("content/b.md")]).Succeeded);
        Assert.Contains("Linked B", site.ReadOutput("b/index.html"));

        Directory.Move(Full("content"), Full("content-old"));
        site.WriteFile("content/c.md", "---\ntitle: C\n---\nA new folder.\n");
        Assert.True(builder.Build([Full("content")]).Succeeded);
        Assert.Contains("A new folder.", site.ReadOutput("c/index.html"));
        Assert.False(File.Exists(Path.Combine(site.Output, "a", "index.html")));
    }

    [Fact]
    public void A_citation_added_to_a_term_explanation_lists_the_definitions_among_the_works_citers()
    {
        const string reference = "-- content/data/references.yml --\n- id: smith2020\n  type: book\n  author:\n    - family: Smith\n      given: Ann\n  issued:\n    date-parts: [[2020]]\n  title: On care\n";
        using var site = TestSite.With(reference +
            "-- content/data/terms.yml --\n- id: habitus\n  name: Habitus\n  explanation: A disposition.\n" +
            "-- content/a.md --\n---\ntitle: A\n---\nAbout [[habitus]].\n");
        var builder = BuiltOnce(site);

        site.WriteFile("content/data/terms.yml", "- id: habitus\n  name: Habitus\n  explanation: A disposition [@smith2020].\n");
        var incremental = builder.Build();
        var full = SiteBuilder.Build(new BuildOptions { Source = site.Root, Output = Path.Combine(site.Root, "_full"), Search = false });
        Assert.Equal(full.Diagnostics.Select(d => d.ToString()), incremental.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(File.ReadAllText(Path.Combine(site.Root, "_full", "bibliography", "index.html")), site.ReadOutput("bibliography/index.html"));
    }

    [Fact]
    public void Pages_that_become_drafts_refused_or_second_list_pages_and_back_build_as_a_full_build_does()
    {
        using var site = TestSite.With(
            "-- site.config.yml --\ntitle: T\n" +
            "-- content/notes/a.md --\n---\ntitle: A\n---\nSee [B](b.md).\n" +
            "-- content/notes/b.md --\n---\ntitle: B\n---\nText.\n" +
            "-- content/notes/_index.md --\n---\ntitle: Notes\n---\nAll notes.\n");
        var builder = new IncrementalBuilder(new BuildOptions { Source = site.Root, Search = false, Output = Path.Combine(site.Root, "_incremental") });
        Assert.True(builder.Build().Succeeded);
        string Full(string path) => Path.Combine(site.Root, path);
        var steps = new (string Path, string? Text)[]
        {
            ("content/notes/b.md", "---\ntitle: B\ndraft: true\n---\nText.\n"),        // a draft: left out, and a's link breaks
            ("content/notes/b.md", "---\ntitle: B again\n---\nText.\n"),             // back
            ("content/notes/b.md", "---\ntitle: B\nslug: ../x\n---\nText.\n"),       // refused: an unsafe slug
            ("content/notes/b.md", "---\ntitle: B\n---\nText, fixed.\n"),           // back
            ("content/notes/index.md", "---\ntitle: Notes too\n---\nA second list page.\n"),
            ("content/notes/index.md", "---\ntitle: Notes, edited\n---\nStill a second one.\n"),
            ("content/notes/_index.md", "---\ntitle: Notes, first\n---\nThe first, edited.\n"),
            ("content/notes/index.md", null),
            ("content/notes/a.md", "---\ntitle: A\nslug: a-moved\n---\nSee [B](b.md).\n"), // a new URL
            ("content/notes/a.md", "---\ntitle: A, edited\nslug: a-moved\n---\nSee [B](b.md), again.\n"),
        };
        foreach (var (path, text) in steps)
        {
            if (text is null)
            {
                File.Delete(Full(path));
            }
            else
            {
                site.WriteFile(path, text);
            }

            var incremental = builder.Build([Full(path)]);
            var full = SiteBuilder.Build(new BuildOptions { Source = site.Root, Output = Full("_full"), Search = false });
            Assert.Equal(full.Diagnostics.Select(d => d.ToString()), incremental.Diagnostics.Select(d => d.ToString()));
            if (full.Succeeded)
            {
                Assert.True(Fingerprint(Full("_full")) == Fingerprint(Full("_incremental")), $"outputs differ after {path}:\n{Difference(Full("_full"), Full("_incremental"))}");
            }
        }
    }

    // A builder for the site (as serve keeps one), after a first build that succeeded.
    private static IncrementalBuilder BuiltOnce(TestSite site)
    {
        var builder = new IncrementalBuilder(new BuildOptions { Source = site.Root, Search = false });
        var first = builder.Build();
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
        return builder;
    }

    private static TestSite CopyOfBundledSite()
    {
        var site = new TestSite("");
        File.Copy(Repository.Path("site.config.yml"), Path.Combine(site.Root, "site.config.yml"));
        foreach (var file in Directory.EnumerateFiles(Repository.Path("content"), "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Repository.Root, file);
            site.WriteBytes(relative, File.ReadAllBytes(file));
        }

        return site;
    }

    private static TestSite CopyOfFixture(string name)
    {
        var site = new TestSite("");
        var fixture = Repository.Path("tests", "fixtures", name);
        foreach (var file in Directory.EnumerateFiles(fixture, "*", SearchOption.AllDirectories))
        {
            site.WriteBytes(Path.GetRelativePath(fixture, file), File.ReadAllBytes(file));
        }

        return site;
    }

    private static string RandomEdit(TestSite site, Random random)
    {
        var pages = Directory.EnumerateFiles(Path.Combine(site.Root, "content"), "*.md", SearchOption.AllDirectories)
            .Where(p => !p.EndsWith("_index.md", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        var page = pages[random.Next(pages.Count)];
        var name = Path.GetRelativePath(site.Root, page);
        switch (random.Next(13))
        {
            case 10:
                var kinds = DataKinds.All.Where(k => k.HasFile && File.Exists(DataFile(site, k))).ToList();
                return EditDataText(site, DataFile(site, kinds[random.Next(kinds.Count)]), random);
            case 11:
                return EditTemplate(site, random);
            case 12:
                return EditConfig(site, random);
            case 7:
                // A new heading, and a link to it from another page: fragments are checked across pages.
                var heading = $"Added heading {random.Next(1000)}";
                File.AppendAllText(page, $"\n## {heading}\n\nText under it.\n");
                var other = pages[random.Next(pages.Count)];
                var link = Path.GetRelativePath(Path.GetDirectoryName(other)!, page).Replace('\\', '/');
                File.AppendAllText(other, $"\nSee [the added part]({link}#{heading.ToLowerInvariant().Replace(' ', '-')}).\n");
                return $"heading in {name}, linked from {Path.GetRelativePath(site.Root, other)}";
            case 8:
                var reference = RandomId(site, "references", random);
                File.AppendAllText(page, $"\nAs argued elsewhere [@{reference}].\n");
                return $"cite {reference} in {name}";
            case 9:
                var lines = File.ReadAllLines(page).ToList();
                var summary = lines.FindIndex(l => l.StartsWith("summary: ", StringComparison.Ordinal));
                if (summary < 0)
                {
                    return $"no summary in {name}";
                }

                lines[summary] = $"summary: A new summary {random.Next(1000)}.";
                while (summary + 1 < lines.Count && lines[summary + 1].StartsWith(' '))
                {
                    lines.RemoveAt(summary + 1); // the rest of a folded summary
                }

                File.WriteAllLines(page, lines);
                return $"new summary for {name}";
            case 0:
                File.AppendAllText(page, $"\nAn added paragraph {random.Next(1000)} on [[co-production]].\n");
                return $"append to {name}";
            case 1:
                var text = File.ReadAllText(page);
                var titleAt = text.IndexOf("\ntitle: ", StringComparison.Ordinal);
                var end = text.IndexOf('\n', titleAt + 1);
                File.WriteAllText(page, text[..end] + (text[end - 1] == '"' ? "" : $" {random.Next(100)}") + text[end..]);
                return $"retitle {name}";
            case 2:
                return EditData(site, "content/data/terms.yml", random);
            case 3:
                return EditData(site, "content/data/references.yml", random);
            case 4:
                return EditData(site, "content/data/grids.yml", random);
            case 5:
                var slug = $"new-case-{random.Next(100000)}";
                site.WriteFile($"content/case-studies/{slug}.md", $"---\ntitle: New case {slug}\nsummary: Added.\nthemes: [{FirstId(site, "themes")}]\n---\nA new case about [[{FirstId(site, "terms")}]] [@{FirstId(site, "references")}].\n");
                return $"add {slug}";
            default:
                var added = Directory.EnumerateFiles(Path.Combine(site.Root, "content", "case-studies"), "new-case-*.md").Order(StringComparer.Ordinal).FirstOrDefault();
                if (added is null)
                {
                    return "no new case to delete";
                }

                File.Delete(added);
                return $"delete {Path.GetFileName(added)}";
        }
    }

    private static string EditConfig(TestSite site, Random random)
    {
        var config = Path.Combine(site.Root, "site.config.yml");
        var settings = File.ReadAllLines(config);
        var title = Array.FindIndex(settings, l => l.StartsWith("title: ", StringComparison.Ordinal));
        settings[title] = $"title: A retitled collection {random.Next(1000)}";
        File.WriteAllLines(config, settings);
        return "retitle the collection in site.config.yml";
    }

    private static string DataFile(TestSite site, DataKind kind) => Path.Combine(site.Root, "content", "data", kind.Name + ".yml");

    // Adds words to a random text value of a data file (a title, name, explanation...): valid YAML, and it changes one item.
    private static string EditDataText(TestSite site, string path, Random random)
    {
        var lines = File.ReadAllLines(path);
        var texts = Enumerable.Range(0, lines.Length).Where(i => TextValue().IsMatch(lines[i])).ToList();
        if (texts.Count == 0)
        {
            return $"no text to edit in {Path.GetRelativePath(site.Root, path)}";
        }

        var line = texts[random.Next(texts.Count)];
        var words = $" edited {random.Next(1000)}";
        lines[line] = lines[line].EndsWith('"') ? lines[line][..^1] + words + "\"" : lines[line] + words;
        File.WriteAllLines(path, lines);
        return $"edit {Path.GetRelativePath(site.Root, path)} at line {line + 1}";
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(- )?(title|container-title|name|explanation|text|description|summary|label|note|reason): (""[A-Za-z][^""\\]*""|[A-Za-z][^#:""']*)$")]
    private static partial System.Text.RegularExpressions.Regex TextValue();

    // Overrides a theme template in templates/ with a marked copy, edits an override, or removes one this test made.
    private static string EditTemplate(TestSite site, Random random)
    {
        var theme = Repository.Path("src", "BriefingGen", "Theme");
        var made = Directory.Exists(Path.Combine(site.Root, "templates"))
            ? Directory.EnumerateFiles(Path.Combine(site.Root, "templates"), "*.html", SearchOption.AllDirectories)
                .Where(f => File.ReadAllText(f).Contains("<!-- edit ", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList()
            : [];
        if (made.Count > 0 && random.Next(4) == 0)
        {
            var removed = made[random.Next(made.Count)];
            File.Delete(removed);
            return $"remove {Path.GetRelativePath(site.Root, removed)}";
        }

        var names = new[] { "items", "partials", "layouts", "pages" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(theme, folder), "*.html"))
            .Select(f => Path.GetRelativePath(theme, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        var name = names[random.Next(names.Count)];
        var target = Path.Combine(site.Root, "templates", name);
        var text = File.Exists(target) ? File.ReadAllText(target) : File.ReadAllText(Path.Combine(theme, name));
        site.WriteFile("templates/" + name, text + $"<!-- edit {random.Next(1000)} -->\n");
        return $"override templates/{name}";
    }

    // Inserts a word after a random " the " in a data file: valid YAML either way, and it changes some item's text.
    private static string EditData(TestSite site, string path, Random random)
    {
        var full = Path.Combine(site.Root, path);
        var text = File.ReadAllText(full);
        var from = random.Next(text.Length / 2);
        var at = text.IndexOf(" the ", from, StringComparison.Ordinal);
        if (at < 0)
        {
            return $"no edit to {path}";
        }

        File.WriteAllText(full, text[..at] + " the very" + text[(at + 4)..]);
        return $"edit {path} at {at}";
    }

    private static string RandomId(TestSite site, string kind, Random random)
    {
        var ids = File.ReadLines(Path.Combine(site.Root, "content", "data", kind + ".yml")).Select(l => l.TrimStart()).Where(l => l.StartsWith("- id: ", StringComparison.Ordinal)).ToList();
        return ids[random.Next(ids.Count)]["- id: ".Length..].Trim();
    }

    private static string FirstId(TestSite site, string kind)
    {
        var line = File.ReadLines(Path.Combine(site.Root, "content", "data", kind + ".yml")).Select(l => l.TrimStart()).First(l => l.StartsWith("- id: ", StringComparison.Ordinal));
        return line["- id: ".Length..].Trim();
    }

    // The files serve watches: content/, templates/ and the config.
    private static Dictionary<string, string> ContentFiles(TestSite site) =>
        new[] { "content", "templates" }.Select(folder => Path.Combine(site.Root, folder)).Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            .Append(Path.Combine(site.Root, "site.config.yml"))
            .ToDictionary(f => f, f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))), StringComparer.Ordinal);

    private static List<string> ChangedPaths(Dictionary<string, string> before, Dictionary<string, string> after) =>
        after.Where(f => before.GetValueOrDefault(f.Key) != f.Value).Select(f => f.Key)
            .Concat(before.Keys.Where(f => !after.ContainsKey(f))).ToList();

    private static string Fingerprint(string folder) =>
        string.Join("\n", Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f) + " " + Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))))
            .Order(StringComparer.Ordinal));

    private static string Difference(string a, string b)
    {
        var left = Fingerprint(a).Split('\n').ToHashSet();
        var right = Fingerprint(b).Split('\n').ToHashSet();
        return "full only: " + string.Join(", ", left.Except(right).Take(5)) + "\nincremental only: " + string.Join(", ", right.Except(left).Take(5));
    }
}
