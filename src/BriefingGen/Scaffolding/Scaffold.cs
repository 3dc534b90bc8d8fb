using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace BriefingGen.Scaffolding;

/// <summary>Writes new content: a page with every front matter field the model knows, or a whole new site.</summary>
public static partial class Scaffold
{
    /// <summary>The page kinds <c>new</c> can write, and the section folder each goes in.</summary>
    public static IReadOnlyDictionary<string, string> Kinds { get; } = new Dictionary<string, string>
    {
        ["case-study"] = "case-studies",
        ["briefing"] = "briefings",
        ["perspective"] = "perspectives",
        ["page"] = "",
    };

    /// <summary>A slug from a title: lower case, letters and digits joined by '-'.</summary>
    public static string Slugify(string title)
    {
        var normalised = title.Normalize(NormalizationForm.FormD);
        var plain = new StringBuilder();
        foreach (var c in normalised)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                plain.Append(char.ToLowerInvariant(c));
            }
        }

        var slug = NonWord().Replace(plain.ToString(), "-").Trim('-');
        return slug.Length == 0 ? "untitled" : slug;
    }

    /// <summary>Writes a new page of <paramref name="kind"/> under <c>content/</c>; returns its path, or null (with a reason) when it exists.</summary>
    public static (string? Path, string? Problem) NewPage(string siteRoot, string kind, string title, DateOnly today)
    {
        if (!Kinds.TryGetValue(kind, out var section))
        {
            return (null, $"unknown kind '{kind}': use one of {string.Join(", ", Kinds.Keys)}");
        }

        var relative = Path.Combine("content", section, Slugify(title) + ".md");
        var full = Path.Combine(siteRoot, relative);
        if (File.Exists(full))
        {
            return (null, $"{relative.Replace('\\', '/')} already exists");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, PageTemplate(kind, title, today));
        return (relative.Replace('\\', '/'), null);
    }

    /// <summary>The text of a new page: the title and date filled in, every other field there but commented out, with what it takes.</summary>
    public static string PageTemplate(string kind, string title, DateOnly today)
    {
        var yamlTitle = "\"" + title.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
        var date = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var briefing = kind == "page" ? "" : """
            # place: Name of the estate, village or neighbourhood
            # region: South London
            # period: "2006-2013"
            # organisations: [The council, The residents' committee]
            # actors:                                   # people and groups, with the names (or pseudonyms) the source uses
            #   - { name: Charis, role: resident youth worker }
            # themes: [resident-participation]          # ids from content/data/themes.yml
            # references: [alexander2021]               # ids from content/data/references.yml the page draws on
            # related: [case-studies/another-case]      # other pages: section/slug or slug
            # placements:                               # where the case sits on each grid (content/data/grids.yml)
            #   - grid: change-grid
            #     cell: high-internal/low-external      # row/column level ids
            #     reason: One sentence on why.
            #     judgement: editors                    # editors (your reading) or source (the source says so)
            # evidence:                                 # benefit/risk items this case gives evidence for (content/data/tables.yml)
            #   - item: benefits-and-risks/responsiveness
            #     note: One sentence on how.
            # facts:                                    # key facts, label and value
            #   - { label: Residents, value: "3000" }
            # timeline:                                 # dated events, dates as the source gives them
            #   - { date: "2006", event: What happened. }
            # questions:                                # roundtable discussion questions
            #   - What would you have done differently?

            """;
        return $"""
            ---
            title: {yamlTitle}
            kind: {kind}
            date: {date}
            # updated: {date}                       # when you last revised it: "Updated", sitemap and feed (default: its last commit)
            # slug: a-shorter-url                       # the last part of the URL (default: the file name)
            # summary: One or two sentences for lists, handouts and search results.
            # authors: [Your Name]
            # draft: true                               # left out of the build unless --drafts
            # layout: my-layout                         # a template in templates/layouts/ (without .html)
            # weight: 10                                # order in lists: lower first
            {briefing}# In the text below: link a term with [[term-id]], cite with [@reference-id] or [@reference-id, p. 12],
            # and show a data item with a line such as {"{{< grid grid-id >}}"} or {"{{< definitions term-id >}}"}.
            ---

            ## Overview

            Write the page here in Markdown.

            """;
    }

    [GeneratedRegex(@"[^a-z0-9]+")]
    private static partial Regex NonWord();
}
