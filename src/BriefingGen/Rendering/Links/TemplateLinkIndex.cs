using Scriban;
using Scriban.Syntax;

namespace BriefingGen.Rendering.Links;

/// <summary>
/// What the templates of a build say about links (<see cref="TemplateLinks"/>), by statement, for every page to look
/// up as it renders: the link attributes each literal text ends, and where each output statement writes. A template
/// the analysis refuses is left out, so that a page that renders it is read instead.
/// </summary>
public sealed class TemplateLinkIndex
{
    private readonly Dictionary<ScriptRawStatement, IReadOnlyList<TagLinks>> _texts = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<ScriptStatement, HoleKind> _holes = new(ReferenceEqualityComparer.Instance);

    public TemplateLinkIndex(IEnumerable<Template> templates)
    {
        foreach (var template in templates)
        {
            var links = TemplateLinks.Of(template);
            if (links.Refused is not null)
            {
                continue;
            }

            AddTexts(template.Page, links);
            foreach (var (statement, kind) in links.Holes)
            {
                _holes[statement] = kind;
            }
        }
    }

    /// <summary>The link attributes a literal text ends; false for a text of a template that was refused.</summary>
    public bool TryGetText(ScriptRawStatement text, out IReadOnlyList<TagLinks> tags) => _texts.TryGetValue(text, out tags!);

    /// <summary>Where an output statement writes; false for a statement that is none.</summary>
    public bool TryGetHole(ScriptStatement statement, out HoleKind kind) => _holes.TryGetValue(statement, out kind);

    private void AddTexts(ScriptNode? node, TemplateLinks links)
    {
        if (node is null)
        {
            return;
        }

        if (node is ScriptRawStatement text)
        {
            _texts[text] = links.TagsOf(text);
        }

        for (var i = 0; i < node.ChildrenCount; i++)
        {
            AddTexts(node.GetChildren(i), links);
        }
    }
}
