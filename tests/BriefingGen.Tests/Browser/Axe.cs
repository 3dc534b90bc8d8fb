using Deque.AxeCore.Commons;
using Microsoft.Playwright;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace BriefingGen.Tests.Browser;

/// <summary>
/// Runs the axe-core that Deque.AxeCore.Playwright bundles, with the same options and result types as
/// <c>page.RunAxe</c>, but injected once per browser context (an init script) instead of twice per call: RunAxe
/// sends the 650 kB script over the protocol on every call and finishes each run in a new browser context, about
/// four seconds a page on two cores, which for 56 page checks would take minutes. <see cref="AccessibilityTests"/>
/// checks that both give the same results on a page.
/// </summary>
public static class Axe
{
    private static readonly Lazy<string> Source = new(() => new BundledAxeScriptProvider().GetScript());

    public static readonly AxeRunOptions Wcag22AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
        // Every rule still runs; only the violations are collected node by node (much faster on long pages).
        ResultTypes = [ResultType.Violations],
    };

    /// <summary>Makes axe-core available in every page the context opens from now on.</summary>
    public static Task InstallAsync(IBrowserContext context) => context.AddInitScriptAsync(Source.Value);

    /// <summary>Runs axe-core on the page as it is now.</summary>
    public static async Task<AxeResult> RunAsync(IPage page, AxeRunOptions options)
    {
        var json = await page.EvaluateAsync<string>(
            "async options => JSON.stringify(await window.axe.run(document, JSON.parse(options)))",
            JsonConvert.SerializeObject(options));
        return new AxeResult(JObject.Parse(json));
    }

    /// <summary>One line per violation: page, conditions, rule id, and the first targets.</summary>
    public static IEnumerable<string> Describe(AxeResult result, string where) =>
        result.Violations.Select(v =>
            $"{where}: {v.Id} ({v.Impact}): {v.Help} at "
            + string.Join(" | ", v.Nodes.Take(5).Select(n => n.Target.ToString()))
            + (v.Nodes.Length > 5 ? $" and {v.Nodes.Length - 5} more" : "")
            + $" [{v.Nodes.FirstOrDefault()?.Html}]");
}
