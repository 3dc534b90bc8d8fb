using System.CommandLine;
using System.CommandLine.Help;
using BriefingGen;
using BriefingGen.Pipeline;
using BriefingGen.Cli;

var source = new Option<string>("--source", "-s") { Description = "The site folder (holding site.config.yml and content/)", DefaultValueFactory = _ => "." };
var output = new Option<string?>("--output", "-o") { Description = "Where to write the site (default: the config's output, _site/)" };
var baseUrl = new Option<string?>("--base-url") { Description = "The absolute address the site is published at, e.g. https://example.org/briefings/" };
var drafts = new Option<bool>("--drafts") { Description = "Include pages marked draft: true" };
var strict = new Option<bool>("--strict") { Description = "Treat warnings as errors" };
var noSearch = new Option<bool>("--no-search") { Description = "Do not index the site for search even when Pagefind is installed" };
var pdf = new Option<bool>("--pdf") { Description = "Also print the papers, handouts and packs to PDF (needs Chromium)" };

var build = new Command("build", "Build the site into the output folder");
var check = new Command("check", "Check the site as build does, without writing anything");
foreach (var command in new[] { build, check })
{
    command.Options.Add(source);
    command.Options.Add(baseUrl);
    command.Options.Add(drafts);
    command.Options.Add(strict);
}

build.Options.Add(output);
build.Options.Add(pdf);
build.Options.Add(noSearch);
build.SetAction(result => Commands.Build(new BuildOptions
{
    Source = result.GetValue(source)!,
    Output = result.GetValue(output),
    BaseUrl = result.GetValue(baseUrl),
    Drafts = result.GetValue(drafts),
    Strict = result.GetValue(strict),
    Pdf = result.GetValue(pdf),
    Search = !result.GetValue(noSearch),
}));
check.SetAction(result => Commands.Build(new BuildOptions
{
    Source = result.GetValue(source)!,
    BaseUrl = result.GetValue(baseUrl),
    Drafts = result.GetValue(drafts),
    Strict = result.GetValue(strict),
    Write = false,
}));

var port = new Option<int>("--port", "-p") { Description = "The port to serve on", DefaultValueFactory = _ => 1313 };
var host = new Option<string>("--host") { Description = "The address to listen on (loopback by default)", DefaultValueFactory = _ => "127.0.0.1" };
var serve = new Command("serve", "Build, serve on loopback, rebuild on every change and reload open pages");
serve.Options.Add(source);
serve.Options.Add(output);
serve.Options.Add(drafts);
serve.Options.Add(port);
serve.Options.Add(host);
serve.SetAction((result, cancellation) => Commands.ServeAsync(new BuildOptions
{
    Source = result.GetValue(source)!,
    Output = result.GetValue(output),
    Drafts = result.GetValue(drafts),
}, result.GetValue(host)!, result.GetValue(port), cancellation));

var kind = new Argument<string>("kind") { Description = "case-study, briefing, perspective or page" };
var title = new Argument<string>("title") { Description = "The page's title" };
var newPage = new Command("new", "Write a new page with every front matter field, commented") { kind, title };
newPage.Options.Add(source);
newPage.SetAction(result => Commands.NewPage(result.GetValue(source)!, result.GetValue(kind)!, result.GetValue(title)!));

var folder = new Argument<string>("folder") { Description = "Where to create the site (a new or empty folder)" };
var ci = new Option<string?>("--ci") { Description = "Also write a CI pipeline that builds on every push and publishes from main: github or gitlab (for an existing site too)" };
ci.AcceptOnlyFromAmong([.. BriefingGen.Scaffolding.CiWorkflow.Services]);
var init = new Command("init", "Create a new site that builds, with an example case study and data") { folder };
init.Options.Add(ci);
init.SetAction(result => Commands.Init(result.GetValue(folder)!, result.GetValue(ci)));

var themeSite = new Argument<string>("site") { Description = "The site folder (default: the current folder)", DefaultValueFactory = _ => "." };
var themeExport = new Command("export", "Copy the default theme into the site's templates/ for editing, keeping files it already has") { themeSite };
themeExport.SetAction(result => Commands.ThemeExport(result.GetValue(themeSite)!));
var theme = new Command("theme", "Work with the default theme") { themeExport };

var schemaFolder = new Argument<string?>("dir") { Description = "Where to write the schemas (default: the site's .schemas/)", Arity = ArgumentArity.ZeroOrOne };
var schema = new Command("schema", "Write JSON Schemas of site.config.yml, the data files and front matter, for editors") { schemaFolder };
schema.Options.Add(source);
schema.SetAction(result => Commands.Schema(result.GetValue(source)!, result.GetValue(schemaFolder)));

// A named root command rather than RootCommand, so that help says "briefinggen" whatever the executable is called.
var root = new Command("briefinggen", "BriefingGen: builds a static website of case-study briefings from Markdown and YAML.")
{
    new HelpOption(),
    new VersionOption(),
    build,
    check,
    serve,
    newPage,
    init,
    theme,
    schema,
};
var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine($"briefinggen: {error.Message}");
    }

    Console.Error.WriteLine("Run 'briefinggen --help' for usage.");
    return Commands.UsageError;
}

return parsed.Invoke();
