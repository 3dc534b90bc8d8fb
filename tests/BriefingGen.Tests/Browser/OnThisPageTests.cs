namespace BriefingGen.Tests.Browser;

/// <summary>"On this page" lists every section of a case study, the generated ones too (Timeline, Where this case sits, References...), in page order.</summary>
[Collection(BrowserCollection.Name)]
public sealed class OnThisPageTests(BrowserSite site)
{
    [SkippableFact]
    public async Task On_this_page_lists_every_section_in_page_order()
    {
        site.RequireBrowser();
        await using var session = await site.OpenAsync();
        var page = await session.OpenAsync(SitePages.CaseStudy);
        var listed = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('.toc a')].map(a => a.getAttribute('href').slice(1))");
        var sections = await page.EvaluateAsync<string[]>(@"() => {
            const toc = document.querySelector('.toc');
            return [...document.querySelectorAll('main article h2[id], main article h3[id]')]
              .filter(h => toc.compareDocumentPosition(h) & Node.DOCUMENT_POSITION_FOLLOWING && !toc.contains(h))
              .filter(h => h.tagName === 'H2' || h.closest('.content'))
              .map(h => h.id);
        }");
        Assert.Equal(sections, listed);
        Assert.Contains("timeline-heading", listed);
        Assert.Contains("placements-heading", listed);
        Assert.Contains("evidence-heading", listed);
        Assert.Contains("questions-heading", listed);
        Assert.Contains("references-heading", listed);
    }
}
