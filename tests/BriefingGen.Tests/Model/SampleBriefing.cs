using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Model;

/// <summary>
/// A small valid briefing site, in <see cref="TestSite"/> form: two terms, two references, a 2x2 grid, a
/// benefit/risk table, a figure, a theme and two case studies that use all of them and name each other as related.
/// Tests add one broken file (or replace one) to see a single problem reported.
/// </summary>
public static class SampleBriefing
{
    public const string Terms = """
        -- content/data/terms.yml --
        - id: habitus
          name: Habitus
          category: concept
          explanation: Dispositions people learn from their social position.
        - id: core-economy
          name: Core economy
          aliases: [informal economy]
          category: concept
          explanation: The unpaid work of families and neighbours that sustains services.
        """;

    public const string References = """
        -- content/data/references.yml --
        - id: bovaird2007
          type: article-journal
          author:
            - family: Bovaird
              given: Tony
          issued:
            date-parts: [[2007]]
          title: "Beyond engagement and participation"
          container-title: Public Administration Review
          volume: "67"
          issue: "5"
          page: 846-860
          DOI: 10.1111/j.1540-6210.2007.00773.x
        - id: chamberlain2010
          type: report
          author: [{literal: "Chamberlain Forum"}]
          issued: 2010
          title: Co-production in practice
        """;

    public const string Grids = """
        -- content/data/grids.yml --
        - id: change-grid
          name: Internal and external change
          source: chamberlain2010
          rows:
            label: Focus of change
            levels:
              - { id: internal, label: Internal }
              - { id: external, label: External }
          columns:
            label: Who changes
            levels:
              - { id: individual, label: Individual }
              - { id: collective, label: Collective }
          cells:
            - { row: internal, column: individual, text: "Staff learn new skills." }
            - { row: internal, column: collective, text: "Teams change how they work." }
            - { row: external, column: individual, text: "Residents act on their own." }
            - { row: external, column: collective, text: "Residents organise together." }
        """;

    public const string Tables = """
        -- content/data/tables.yml --
        - id: benefits-and-risks
          title: Benefits and risks of co-production
          source: chamberlain2010
          rows:
            - benefit: { id: better-outcomes, text: "Services fit needs better." }
              risk: { id: cost-shunting, text: "Costs move onto residents." }
        """;

    public const string Figures = """
        -- content/data/figures.yml --
        - id: willingness
          title: Willingness to spend time
          source: chamberlain2010
          unit: "%"
          categories: [UK, France]
          series:
            - name: Agree
              values: [45, 30]
        """;

    public const string Themes = """
        -- content/data/themes.yml --
        - id: resident-participation
          title: Resident participation
          description: How residents take part.
        """;

    /// <summary>The first case study: uses both terms, cites a reference, embeds the figure, sits on the grid, gives evidence.</summary>
    public const string Riverside = """
        -- content/case-studies/riverside-estate.md --
        ---
        title: Riverside Estate
        summary: Residents and officers redesign repairs.
        themes: [resident-participation]
        related: [cardiff]
        placements:
          - grid: change-grid
            cell: internal/collective
            reason: Officers changed how they work together.
            judgement: editors
        evidence:
          - item: benefits-and-risks/better-outcomes
            note: Repairs were done faster.
        ---
        Residents built [[habitus|shared habits]] and drew on the [[core-economy]] [@bovaird2007, p. 850].

        {{< figure willingness >}}
        """;

    /// <summary>The second case study: on another cell of the grid, related back to the first and linking it.</summary>
    public const string Cardiff = """
        -- content/case-studies/cardiff.md --
        ---
        title: Cardiff neighbourhoods
        related: [case-studies/riverside-estate]
        placements:
          - grid: change-grid
            cell: external/individual
            reason: Residents acted alone.
        ---
        Compare [Riverside](riverside-estate.md).
        """;

    public static string Data => string.Join("\n", Terms, References, Grids, Tables, Figures, Themes) + "\n";

    public static string All => Data + Riverside + "\n" + Cardiff + "\n";

    /// <summary>The whole sample with each named part swapped for the given text (the part's own file line included).</summary>
    public static string AllWith(params (string Part, string Replacement)[] swaps)
    {
        var text = All;
        foreach (var (part, replacement) in swaps)
        {
            Assert.Contains(part, text);
            text = text.Replace(part, replacement, StringComparison.Ordinal);
        }

        return text;
    }

    public static TestSite Site(string extra = "") => TestSite.With(All + extra);
}
