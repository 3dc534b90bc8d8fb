using System.Diagnostics;
using BriefingGen;
using BriefingGen.Pipeline;
using BriefingGen.Diagnostics;
using BriefingGen.Printing;

// Times PDF printing of a site (default: the bundled one): papers and handouts per second, and each pack.
// Usage: dotnet run -c Release --project bench/PrintBench -- [site folder] [runs]
var source = args.Length > 0 ? args[0] : ".";
var runs = args.Length > 1 ? int.Parse(args[1]) : 3;
var browser = BrowserLocator.Find(null) ?? throw new InvalidOperationException(BrowserLocator.InstallHint);
var output = Path.Combine(Path.GetTempPath(), "bg-print-bench");
var built = SiteBuilder.Build(new BuildOptions { Source = source, Output = output });
if (!built.Succeeded)
{
    throw new InvalidOperationException(string.Join("\n", built.Diagnostics));
}

var (site, _) = SiteBuilder.LoadModel(new BuildOptions { Source = source });
var jobs = PrintStage.Jobs(site!);
var single = jobs.Where(j => j.Kind != PrintKind.Pack).ToList();
var packs = jobs.Where(j => j.Kind == PrintKind.Pack).ToList();
var origin = site!.Config.BaseUrl ?? SiteBuilder.PrintOrigin;

foreach (var tabs in new[] { 1, 2, 3 })
{
var startup = new List<double>();
var perSecond = new List<double>();
var packSeconds = new List<double>();
for (var run = 0; run < runs; run++)
{
    var clock = Stopwatch.StartNew();
    await using (await PdfPrinter.StartAsync(browser, output, origin))
    {
        startup.Add(clock.Elapsed.TotalSeconds);
    }

    clock.Restart();
    await PrintStage.RunAsync(single, browser, output, origin, site, null, new DiagnosticBag(), tabs);
    perSecond.Add(single.Count / clock.Elapsed.TotalSeconds);

    clock.Restart();
    await PrintStage.RunAsync(packs, browser, output, origin, site, null, new DiagnosticBag());
    packSeconds.Add(clock.Elapsed.TotalSeconds);
}

Console.WriteLine($"{tabs} tab(s): papers and handouts: {single.Count} PDFs, median {Median(perSecond):0.00} PDFs/s (browser start included; start alone {Median(startup):0.00} s); packs: {packs.Count}, median {Median(packSeconds):0.00} s");
}

static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
