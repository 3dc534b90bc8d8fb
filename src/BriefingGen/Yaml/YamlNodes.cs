using YamlDotNet.RepresentationModel;

namespace BriefingGen.Yaml;

/// <summary>Walks of a YAML tree that cost what its text costs, however many aliases it has.</summary>
public static class YamlNodes
{
    /// <summary>
    /// Every node of the tree once, parents before children. An alias is the node it names, so a node that aliases
    /// share is visited once, not once per alias: YamlDotNet's <c>AllNodes</c> follows every alias, and nine levels of
    /// nine aliases are 9^9 nodes to it. Nodes are told apart by reference (YamlNode's own equality compares whole trees).
    /// </summary>
    public static IEnumerable<YamlNode> Distinct(YamlNode root)
    {
        var seen = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<YamlNode>();
        pending.Push(root);
        while (pending.TryPop(out var node))
        {
            if (!seen.Add(node))
            {
                continue;
            }

            yield return node;
            switch (node)
            {
                case YamlMappingNode mapping:
                    foreach (var pair in mapping.Children.Reverse())
                    {
                        pending.Push(pair.Value);
                        pending.Push(pair.Key);
                    }

                    break;
                case YamlSequenceNode sequence:
                    for (var i = sequence.Children.Count - 1; i >= 0; i--)
                    {
                        pending.Push(sequence.Children[i]);
                    }

                    break;
            }
        }
    }
}
