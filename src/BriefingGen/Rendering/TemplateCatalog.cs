using BriefingGen.Diagnostics;
using BriefingGen.Loading;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using SourceSpan = BriefingGen.Diagnostics.SourceSpan;

namespace BriefingGen.Rendering;

/// <summary>
/// Every template of the build, parsed once: the default theme overridden file by file by the site's <c>templates/</c>.
/// Serves <c>include</c> from the same parsed set and never reads outside it.
/// </summary>
public sealed class TemplateCatalog : ITemplateLoader
{
    private readonly Dictionary<string, Template> _templates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TemplateFile> _files = new(StringComparer.Ordinal);

    public TemplateCatalog(IReadOnlyList<TemplateFile> files, DiagnosticBag diagnostics)
    {
        foreach (var file in files.Where(f => f.Name.EndsWith(".html", StringComparison.Ordinal) || f.Name.EndsWith(".xml", StringComparison.Ordinal)))
        {
            _files[file.Name] = file;
            var template = Template.Parse(file.Text, file.DisplayPath);
            if (template.HasErrors)
            {
                foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error))
                {
                    diagnostics.Error(DiagnosticCodes.TemplateSyntax, Locate(message.Span, file.DisplayPath),
                        $"template syntax: {message.Message}");
                }

                continue;
            }

            _templates[file.Name] = template;
            if (ReferenceEquals(XmlChars.Strip(file.Text), file.Text))
            {
                _xmlCleanTexts.Add(file.Name);
            }
        }
    }

    // Templates whose own text holds only characters XML allows: what they write needs no stripping beyond their values'.
    private readonly HashSet<string> _xmlCleanTexts = new(StringComparer.Ordinal);

    /// <summary>Whether the template's own text holds only characters XML allows, so that its output can be written in place (<see cref="RawInclude"/>).</summary>
    public bool WritesOnlyXmlChars(string name) => _xmlCleanTexts.Contains(name);

    // Whether a template reads nothing but one variable, worked out once for each (template, variable).
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Name, string Variable), bool> _readsOnly = new();

    /// <summary>Whether the template's output depends on <paramref name="variable"/> alone (<see cref="TemplateInputs"/>).</summary>
    public bool ReadsOnly(string name, string variable) =>
        _readsOnly.GetOrAdd((name, variable), key => Get(key.Name) is { } template && TemplateInputs.ReadsOnly(template, new HashSet<string> { key.Variable }));

    /// <summary>Every template name, in ordinal order.</summary>
    public IEnumerable<string> Names => _files.Keys.Order(StringComparer.Ordinal);

    public bool Has(string name) => _templates.ContainsKey(name) || _files.ContainsKey(name);

    public Template? Get(string name) => _templates.GetValueOrDefault(name);

    /// <summary>A template's text, or null when there is no template of that name.</summary>
    public string? TextOf(string name) => _files.TryGetValue(name, out var file) ? file.Text : null;

    public string DisplayPathOf(string name) => _files.TryGetValue(name, out var file) ? file.DisplayPath : name;

    /// <summary>Gives a new context the parsed templates, so that includes are not parsed again.</summary>
    public void Prime(TemplateContext context)
    {
        context.TemplateLoader = this;
        foreach (var (name, template) in _templates)
        {
            context.CachedTemplates[name] = template;
        }
    }

    public string GetPath(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templateName)
    {
        var name = templateName.Replace('\\', '/');
        (context as HtmlTemplateContext)?.RenderContext?.Reads(DependencyKeys.Template(name));
        if (name.StartsWith('/') || name.Split('/').Any(part => part is ".." or "." or "") || name.Contains(':'))
        {
            throw new ScriptRuntimeException(callerSpan,
                $"include '{templateName}' is not allowed: name a file inside the templates folder, such as 'partials/header.html'");
        }

        if (!_files.ContainsKey(name))
        {
            throw new ScriptRuntimeException(callerSpan, $"include '{templateName}': no such template in templates/ or the default theme");
        }

        return name;
    }

    public string Load(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templatePath) => _files[templatePath].Text;

    public ValueTask<string?> LoadAsync(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));

    /// <summary>Scriban positions are zero-based; diagnostics are one-based.</summary>
    public static SourceSpan Locate(Scriban.Parsing.SourceSpan span, string fallbackPath) =>
        new(string.IsNullOrEmpty(span.FileName) ? fallbackPath : span.FileName, span.Start.Line + 1, span.Start.Column + 1);
}
