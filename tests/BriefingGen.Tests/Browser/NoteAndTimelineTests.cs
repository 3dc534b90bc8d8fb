using BriefingGen.Tests.Support;
using Microsoft.Playwright;

namespace BriefingGen.Tests.Browser;

/// <summary>
/// What the bundled collection does not have, on a small site of its own opened from the disk: a footnote shows its
/// note on hover, keyboard focus and tap, as a term does; a timeline's page and the timelines index pass the checks
/// every other kind of page passes (axe, no sideways scroll, no split word) at every width, light and dark.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class NoteAndTimelineTests(BrowserSite site)
{
    private const string Shown = "id => { const tip = document.getElementById(id); return !!tip && getComputedStyle(tip).display !== 'none'; }";

    private static readonly Lazy<TestSite> Mini = new(() =>
    {
        var mini = TestSite.With("""
            -- content/case-studies/moor.md --
            ---
            title: Moorside energy co-op
            period: "2005-2007"
            ---
            The co-op bought its first turbine in 2006.[^1] Members met every month.

            {{< timeline turbines >}}

            [^1]: The minutes of its general meeting of March 2006 record the vote.
            -- content/data/timelines.yml --
            - id: turbines
              title: The co-op's turbines
              summary: From the first meeting to the second turbine.
              events:
                - { date: 2005, title: Residents form the co-op }
                - { date: 2006-03, title: Members vote to buy a turbine }
                - { date: 2007-09-12, title: The second turbine turns, text: "Paid for by the *first*." }
            """);
        Assert.True(mini.Build().Diagnostics.Count == 0, "the small site did not build cleanly");
        TemporaryFolder.DeleteAtExit(mini.Root);
        return mini;
    });

    private static string Address(string path) => new Uri(Path.Combine(Mini.Value.Output, path)).AbsoluteUri;

    [SkippableFact]
    public async Task A_footnote_shows_its_note_on_hover_on_keyboard_focus_and_on_tap()
    {
        site.RequireBrowser();
        await using (var desk = await site.OpenUnroutedAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } }))
        {
            var page = await desk.NewPageAsync();
            await page.GotoAsync(Address("case-studies/moor/index.html"));
            var link = page.Locator("main a.footnote-ref").First;
            var tipId = await link.GetAttributeAsync("aria-describedby") ?? "";
            var tip = page.Locator($"[id='{tipId}']");
            Assert.Equal("tooltip", await tip.GetAttributeAsync("role"));
            Assert.Equal("The minutes of its general meeting of March 2006 record the vote.", (await tip.TextContentAsync())?.Trim());
            Assert.False(await page.EvaluateAsync<bool>(Shown, tipId), "the note shows before it is asked for");

            await link.HoverAsync();
            await page.WaitForFunctionAsync(Shown, tipId);
            await page.Mouse.MoveAsync(0, 0);
            await page.WaitForFunctionAsync($"id => !({Shown})(id)", tipId);

            // From the keyboard: Tab from the element before the footnote's link.
            await link.EvaluateAsync(@"link => {
                const focusable = [...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]:not([tabindex=""-1""])')];
                focusable[focusable.indexOf(link) - 1].focus();
            }");
            await page.Keyboard.PressAsync("Tab");
            Assert.True(await link.EvaluateAsync<bool>("link => document.activeElement === link"), "Tab did not reach the footnote");
            await page.WaitForFunctionAsync(Shown, tipId);
            await page.Keyboard.PressAsync("Escape");
            await page.WaitForFunctionAsync($"id => !({Shown})(id)", tipId);
        }

        await using var phone = await site.OpenUnroutedAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 393, Height = 851 }, IsMobile = true, HasTouch = true, DeviceScaleFactor = 2.75f,
        });
        var touch = await phone.NewPageAsync();
        await touch.GotoAsync(Address("case-studies/moor/index.html"));
        var note = touch.Locator("main a.footnote-ref").First;
        var noteTip = await note.GetAttributeAsync("aria-describedby") ?? "";
        var url = touch.Url;
        await note.TapAsync();
        await touch.WaitForFunctionAsync(Shown, noteTip);
        Assert.Equal(url, touch.Url);
        await touch.Locator("main h1").TapAsync();
        await touch.WaitForFunctionAsync($"id => !({Shown})(id)", noteTip);
    }

    [SkippableTheory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task Timeline_pages_pass_the_checks_of_every_kind_of_page(ColorScheme scheme)
    {
        site.RequireBrowser();
        await using var context = await site.OpenUnroutedAsync(new BrowserNewContextOptions { ColorScheme = scheme, ViewportSize = new ViewportSize { Width = 320, Height = 800 } });
        await Axe.InstallAsync(context);
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        foreach (var path in new[] { "timelines/index.html", "timelines/turbines/index.html", "case-studies/moor/index.html" })
        {
            await page.SetViewportSizeAsync(320, 800);
            await page.GotoAsync(Address(path));
            foreach (var width in PageWidthTests.Widths)
            {
                await page.SetViewportSizeAsync(width, 800);
                var where = $"{path}, {scheme} scheme, {width} px";
                problems.AddRange(Axe.Describe(await Axe.RunAsync(page, Axe.Wcag22AA), where));
                if (await page.EvaluateAsync<string[]>(PageWidthTests.Sideways) is [var wide, .. var sticking])
                {
                    problems.Add($"{where}: {wide} px wide: {string.Join(", ", sticking)}");
                }

                if (await page.EvaluateAsync<string[]>(TableWordTests.SplitWords) is { Length: > 0 } split)
                {
                    problems.Add($"{where}: splits {string.Join(", ", split)}");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
