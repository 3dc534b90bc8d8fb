using BriefingGen.Urls;
using System.Xml;
using BriefingGen.Diagnostics;

namespace BriefingGen.Loading;

/// <summary>
/// Content files that a browser would run when opened from the published site: HTML and scripts by their name, and
/// SVG and XML by what they hold (scripts, event handlers, <c>javascript:</c> values, embedded HTML, style sheets that
/// transform the document). Such a file from <c>content/</c> is refused unless <c>security.active_content</c> is on.
/// </summary>
internal static class ActiveContent
{
    private static readonly HashSet<string> RunnableExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".html", ".htm", ".xhtml", ".xht", ".shtml", ".mht", ".mhtml", ".js", ".mjs", ".cjs", ".svgz", ".xsl", ".xslt", ".swf",
    };

    private const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";

    /// <summary>Reports the file and returns true when it is active content.</summary>
    public static bool Refuse(string sitePath, byte[] bytes, DiagnosticBag diagnostics)
    {
        var extension = Path.GetExtension(sitePath);
        string? why = null;
        if (RunnableExtensions.Contains(extension))
        {
            why = $"a browser runs {extension} files";
        }
        else if (extension.Equals(".svg", StringComparison.OrdinalIgnoreCase) || extension.Equals(".xml", StringComparison.OrdinalIgnoreCase))
        {
            why = ActivePartOfXml(bytes, isSvg: extension.Equals(".svg", StringComparison.OrdinalIgnoreCase));
        }

        if (why is null)
        {
            return false;
        }

        diagnostics.Error(DiagnosticCodes.ActiveContent, SourceSpan.File(sitePath),
            $"this file would run in readers' browsers ({why}); content may not publish active files: remove it, or set security.active_content: true in site.config.yml if every contributor is trusted");
        return true;
    }

    // What in an SVG or XML document would run, or null when nothing would.
    private static string? ActivePartOfXml(byte[] bytes, bool isSvg)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            MaxCharactersInDocument = bytes.LongLength * 4 + 1024,
        };
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(bytes, writable: false), settings);
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.ProcessingInstruction && reader.Name.Equals("xml-stylesheet", StringComparison.OrdinalIgnoreCase))
                {
                    return "it names a style sheet, which may transform it into a page with scripts";
                }

                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                var name = reader.LocalName;
                if (name.Equals("script", StringComparison.OrdinalIgnoreCase))
                {
                    return "it holds a <script> element";
                }

                if (name.Equals("foreignObject", StringComparison.OrdinalIgnoreCase) || (!isSvg && reader.NamespaceURI == XhtmlNamespace) ||
                    name is "iframe" or "embed" or "object" or "handler" or "listener")
                {
                    return $"it embeds <{name}>, which may hold HTML or scripts";
                }

                if ((name is "set" or "animate") && reader.GetAttribute("attributeName") is { } animated && animated.EndsWith("href", StringComparison.OrdinalIgnoreCase))
                {
                    return $"it animates a link with <{name}>";
                }

                for (var more = reader.MoveToFirstAttribute(); more; more = reader.MoveToNextAttribute())
                {
                    if (reader.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase) && reader.Prefix != "xmlns")
                    {
                        return $"it has an event handler, {reader.LocalName}";
                    }

                    if (UnsafeUrl.IsUnsafeOutsideRasterImages(reader.Value, out _))
                    {
                        return $"its {reader.LocalName} attribute is a script address";
                    }
                }

                reader.MoveToElement();
            }

            return null;
        }
        catch (XmlException e)
        {
            return $"it is not well-formed XML, so it cannot be checked: {e.Message}";
        }
    }
}
