using System.Globalization;
using System.Text;

// Writes the same deterministic corpus of N case studies twice: as a BriefingGen site and as a Hugo site with an
// equivalent minimal theme. Usage: dotnet run -c Release --project bench/CorpusGen -- N OUT_FOLDER
var count = int.Parse(args[0], CultureInfo.InvariantCulture);
var root = args[1];
var random = new Random(42);
var words = ("co-production residents council services neighbourhood estate youth project committee network charity " +
             "funding partnership volunteers timebank community officer meeting power participation responsibility " +
             "austerity commissioning professional capital habitus field trust evaluation budget housing").Split(' ');
const int Terms = 40, References = 60, Themes = 8;

Write("briefinggen/site.config.yml", "title: Benchmark briefings\nlanguage: en-GB\nmenu:\n  - { title: Case studies, url: /case-studies/ }\n");
Write("hugo/hugo.toml", "baseURL = '/'\ntitle = 'Benchmark briefings'\ndisableKinds = ['taxonomy', 'term', 'RSS', 'sitemap']\n[markup.goldmark.renderer]\nunsafe = false\n");
foreach (var (path, text) in HugoTheme())
{
    Write("hugo/" + path, text);
}

var data = new StringBuilder();
for (var t = 0; t < Terms; t++)
{
    data.Append(CultureInfo.InvariantCulture, $"- id: term{t}\n  name: Term {t}\n  explanation: The {Word()} {Word()} that {Word()} the {Word()}.\n");
}

Write("briefinggen/content/data/terms.yml", data.ToString());
data.Clear();
for (var r = 0; r < References; r++)
{
    data.Append(CultureInfo.InvariantCulture, $"- id: ref{r}\n  type: article-journal\n  author:\n    - {{ family: Author{r}, given: A. }}\n  issued: {1990 + r % 30}\n  title: On {Word()} and {Word()}\n  container-title: Journal of {Word()}\n  volume: \"{r}\"\n  page: 1-20\n");
}

Write("briefinggen/content/data/references.yml", data.ToString());
data.Clear();
for (var t = 0; t < Themes; t++)
{
    data.Append(CultureInfo.InvariantCulture, $"- id: theme{t}\n  title: Theme {t}\n");
}

Write("briefinggen/content/data/themes.yml", data.ToString());
Write("briefinggen/content/data/grids.yml", """
    - id: change-grid
      name: Internal and external change
      source: ref0
      rows: { label: Internal change, levels: [{ id: high, label: High }, { id: low, label: Low }] }
      columns: { label: External change, levels: [{ id: low, label: Low }, { id: high, label: High }] }
      cells:
        - { row: high, column: low, text: "Not as effective" }
        - { row: high, column: high, text: "Effective, but changing" }
        - { row: low, column: low, text: "Effective, and static" }
        - { row: low, column: high, text: "Very effective" }

    """);
Write("briefinggen/content/case-studies/_index.md", "---\ntitle: Case studies\n---\n");
Write("hugo/content/case-studies/_index.md", "---\ntitle: Case studies\n---\n");
Write("briefinggen/content/_index.md", "---\ntitle: Benchmark briefings\n---\nHome.\n");
Write("hugo/content/_index.md", "---\ntitle: Benchmark briefings\n---\nHome.\n");

for (var i = 0; i < count; i++)
{
    var front = new StringBuilder();
    front.Append(CultureInfo.InvariantCulture, $"---\ntitle: Case study {i}, {Word()} and {Word()}\nsummary: How {Word()} worked with {Word()} in place {i}.\n");
    front.Append(CultureInfo.InvariantCulture, $"date: {2000 + i % 25}-{1 + i % 12:00}-{1 + i % 28:00}\nplace: Place {i}\nregion: Region {i % 10}\nperiod: \"{2000 + i % 20}-{2005 + i % 20}\"\n");
    front.Append(CultureInfo.InvariantCulture, $"organisations: [Council {i % 50}, Forum {i % 30}]\nthemes: [theme{i % Themes}, theme{(i + 3) % Themes}]\n");
    front.Append(CultureInfo.InvariantCulture, $"facts:\n  - {{ label: Residents, value: \"{1000 + i}\" }}\n  - {{ label: Budget, value: \"£{5000 + i * 3}\" }}\n");
    front.Append(CultureInfo.InvariantCulture, $"placements:\n  - {{ grid: change-grid, cell: {(i % 2 == 0 ? "high" : "low")}/{(i % 3 == 0 ? "low" : "high")}, reason: Because of the {Word()}. }}\n");
    front.Append("questions:\n  - What would you do?\n  - Who was left out?\n---\n");
    var body = new StringBuilder();
    for (var section = 0; section < 5; section++)
    {
        body.Append(CultureInfo.InvariantCulture, $"\n## Part {section}: the {Word()}\n\n");
        for (var paragraph = 0; paragraph < 3; paragraph++)
        {
            body.Append(Sentence()).Append(' ').Append(CultureInfo.InvariantCulture, $"[[term{random.Next(Terms)}]] ").Append(Sentence())
                .Append(CultureInfo.InvariantCulture, $" [@ref{random.Next(References)}, p. {random.Next(1, 200)}] ")
                .Append(Sentence()).Append(CultureInfo.InvariantCulture, $" See [case {(i + 1) % count}](case-{(i + 1) % count}.md). ").Append(Sentence()).Append("\n\n");
        }

        body.Append("- ").Append(Sentence()).Append("\n- ").Append(Sentence()).Append("\n- ").Append(Sentence()).Append("\n\n");
    }

    body.Append("| Year | Residents | Volunteers |\n|---|---|---|\n| 2019 | 120 | 14 |\n| 2020 | 135 | 22 |\n");
    var text = front.ToString() + body;
    Write($"briefinggen/content/case-studies/case-{i}.md", text);
    // Hugo: the same page; its links name the page's URL, and the briefing syntax is plain text to it.
    Write($"hugo/content/case-studies/case-{i}.md", text.Replace($"(case-{(i + 1) % count}.md)", $"(/case-studies/case-{(i + 1) % count}/)"));
}

Console.WriteLine($"wrote {count} case studies to {root}/briefinggen and {root}/hugo");

string Word() => words[random.Next(words.Length)];

string Sentence()
{
    var sentence = new StringBuilder("The");
    var length = random.Next(12, 22);
    for (var w = 0; w < length; w++)
    {
        sentence.Append(' ').Append(Word());
    }

    return sentence.Append('.').ToString();
}

void Write(string path, string text)
{
    var full = Path.Combine(root, path);
    Directory.CreateDirectory(Path.GetDirectoryName(full)!);
    File.WriteAllText(full, text);
}

static IEnumerable<(string, string)> HugoTheme()
{
    yield return ("layouts/_default/baseof.html", """
        <!DOCTYPE html>
        <html lang="en-GB"><head><meta charset="utf-8"><title>{{ .Title }} · {{ site.Title }}</title>
        <link rel="stylesheet" href="{{ "style.css" | relURL }}"></head>
        <body><header><a href="{{ "/" | relURL }}">{{ site.Title }}</a>
        <nav><a href="{{ "/case-studies/" | relURL }}">Case studies</a></nav></header>
        <main>{{ block "main" . }}{{ end }}</main><footer>{{ site.Title }}</footer></body></html>
        """);
    yield return ("layouts/_default/single.html", """
        {{ define "main" }}<article><h1>{{ .Title }}</h1><p>{{ .Summary }}</p>
        <dl><dt>Place</dt><dd>{{ .Params.place }} ({{ .Params.region }})</dd><dt>Period</dt><dd>{{ .Params.period }}</dd>
        {{ range .Params.facts }}<dt>{{ .label }}</dt><dd>{{ .value }}</dd>{{ end }}</dl>
        {{ .Content }}
        <h2>Questions</h2><ol>{{ range .Params.questions }}<li>{{ . }}</li>{{ end }}</ol>
        {{ with .PrevInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
        {{ with .NextInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</article>{{ end }}
        """);
    yield return ("layouts/_default/list.html", """
        {{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}
        <ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Params.place }}</li>{{ end }}</ul>{{ end }}
        """);
    yield return ("static/style.css", "body { font-family: sans-serif; }\n");
}
