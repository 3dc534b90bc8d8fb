namespace BriefingGen.Scaffolding;

/// <summary>The files of a new site: config, a home page, an example case study and example data that it uses.</summary>
public static class SiteTemplate
{
    /// <summary>
    /// Writes a new site into <paramref name="folder"/>, with the CI pipeline of <paramref name="ci"/> when one is named;
    /// refuses a folder that already holds files, except that a CI pipeline may be added to an existing site.
    /// </summary>
    public static string? Init(string folder, DateOnly today, string? ci = null)
    {
        var files = Files(today).ToList();
        if (ci is not null)
        {
            files.Add((CiWorkflow.PathFor(ci), CiWorkflow.Text(ci, CiWorkflow.CurrentVersion())));
        }

        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            if (ci is null || !File.Exists(Path.Combine(folder, "site.config.yml")))
            {
                return $"'{folder}' is not empty; give a new or empty folder (or, to add CI to a site, its folder with --ci)";
            }

            // A site that exists gets only its pipeline, and never over one it has.
            if (File.Exists(Path.Combine(folder, CiWorkflow.PathFor(ci))))
            {
                return $"'{Path.Combine(folder, CiWorkflow.PathFor(ci))}' already exists; delete it to write it again";
            }

            files = files.Where(file => file.Path == CiWorkflow.PathFor(ci)).ToList();
        }

        foreach (var (path, text) in files)
        {
            var full = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }

        return null;
    }

    public static IEnumerable<(string Path, string Text)> Files(DateOnly today)
    {
        yield return ("site.config.yml", """
            # Settings of the site: see the BriefingGen README for every key.
            title: Our briefings
            description: Case-study briefings for our forum's roundtables.
            language: en-GB
            organisation: Our forum
            # base_url: https://forum.example.org/briefings/    # the published address, for canonical links and PDFs
            menu:
              - { title: Case studies, url: /case-studies/ }
              - { title: Definitions, url: /definitions/ }
              - { title: Bibliography, url: /bibliography/ }
            # The default theme is built in. To change a template, copy it into templates/ under the same path,
            # e.g. templates/partials/footer.html or templates/assets/style.css, and edit the copy.

            """);
        yield return (".gitignore", "_site/\n");
        // The schemas and the settings that point the Red Hat YAML extension at them: editors see each key's meaning and typos as they type.
        foreach (var (fileName, _, schema) in Schemas.SchemaFiles.All())
        {
            yield return (Schemas.SchemaFiles.DefaultFolder + "/" + fileName, Schemas.SchemaFiles.Text(schema));
        }

        yield return (".vscode/settings.json", Schemas.SchemaFiles.VsCodeSettings());
        yield return ("content/_index.md", """
            ---
            title: Our briefings
            ---
            Briefings on how our public services are [[co-production|co-produced]] with residents.

            """);
        yield return ("content/case-studies/_index.md", """
            ---
            title: Case studies
            summary: Places where services were made with residents.
            ---

            """);
        yield return ("content/case-studies/example-case.md", Scaffold.PageTemplate("case-study", "An example case", today).Replace(
            "---\n\n## Overview", """
            summary: A made-up case that shows each part of a case study; replace it with your own.
            themes: [participation]
            placements:
              - grid: change-grid
                cell: low-internal/low-external
                reason: The example neighbourhood saw little change from inside or outside.
                judgement: editors
            evidence:
              - item: benefits-and-risks/responsiveness
                note: Residents shaped the service to what they needed.
            questions:
              - What would make this work in your neighbourhood?
            ---

            ## Overview
            """).Replace(
            "Write the page here in Markdown. Link a term with [[term-id]], cite with [@reference-id], and show a data\nitem with an embed on its own line, such as {{< grid grid-id >}}.",
            "Residents and the council planned a service together, which is [[co-production]] as @example2024 describes it.\n\n{{< grid change-grid >}}"));
        yield return ("content/data/terms.yml", """
            - id: co-production
              name: Co-production
              aliases: [coproduction, co-produced]
              explanation: Public services made by professionals and the people who use them, working together.
              definitions:
                - id: example-definition
                  text: "services made by professionals and residents together"
                  authors: [A. Author]
                  year: "2024"
                  reference: example2024
                  kind: working

            """);
        yield return ("content/data/references.yml", """
            - id: example2024
              type: report
              author:
                - { family: Author, given: A. }
              issued: 2024
              title: An example report on co-production
              publisher: Our forum

            """);
        yield return ("content/data/grids.yml", """
            - id: change-grid
              name: Internal and external change
              source: example2024
              rows:
                label: Internal change
                levels:
                  - { id: high-internal, label: High internal change }
                  - { id: low-internal, label: Low internal change }
              columns:
                label: External change
                levels:
                  - { id: low-external, label: Low external change }
                  - { id: high-external, label: High external change }
              cells:
                - { row: high-internal, column: low-external, text: "Not as effective" }
                - { row: high-internal, column: high-external, text: "Effective, but changing" }
                - { row: low-internal, column: low-external, text: "Effective, and static" }
                - { row: low-internal, column: high-external, text: "Very effective" }

            """);
        yield return ("content/data/tables.yml", """
            - id: benefits-and-risks
              title: Benefits and risks of co-production
              source: example2024
              rows:
                - benefit: { id: responsiveness, text: "responsiveness" }
                  risk: { id: transition-costs, text: "transition costs more" }

            """);
        yield return ("content/data/themes.yml", """
            - id: participation
              title: Participation
              description: Who takes part, and how.

            """);
    }
}
