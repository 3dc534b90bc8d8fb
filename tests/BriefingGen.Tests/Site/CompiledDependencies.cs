using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace BriefingGen.Tests.Site;

/// <summary>
/// Which namespaces of an assembly's own types each of its namespaces uses, read from the compiled assembly: field
/// and method signatures, base types, and every type, method and field that method bodies name. Unlike the source's
/// <c>using</c> lines, this sees fully qualified names, <c>global using</c>s and code in the same namespace tree.
/// </summary>
public static class CompiledDependencies
{
    /// <summary>Each (user namespace, used namespace) pair, with one type of the user that makes it.</summary>
    public static IReadOnlyDictionary<(string User, string Used), string> Read(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var found = new Dictionary<(string, string), string>();
        foreach (var handle in reader.TypeDefinitions)
        {
            var type = reader.GetTypeDefinition(handle);
            var user = NamespaceOf(reader, handle);
            var name = reader.GetString(type.Name);
            void Use(IEnumerable<string> namespaces)
            {
                foreach (var used in namespaces)
                {
                    if (used != user)
                    {
                        found.TryAdd((user, used), name);
                    }
                }
            }

            Use(NamespacesOf(reader, type.BaseType));
            foreach (var fieldHandle in type.GetFields())
            {
                Use(FieldNamespaces(reader, reader.GetFieldDefinition(fieldHandle)));
            }

            foreach (var methodHandle in type.GetMethods())
            {
                var method = reader.GetMethodDefinition(methodHandle);
                Use(MethodNamespaces(reader, method));

                if (method.RelativeVirtualAddress != 0)
                {
                    foreach (var token in Tokens(pe.GetMethodBody(method.RelativeVirtualAddress).GetILReader()))
                    {
                        Use(NamespacesOf(reader, MetadataTokens.EntityHandle(token)));
                    }
                }
            }
        }

        return found;
    }

    // The namespaces of the assembly's own types that a type, field, method or member reference names.
    private static IEnumerable<string> NamespacesOf(MetadataReader reader, EntityHandle handle)
    {
        if (handle.IsNil)
        {
            return [];
        }

        return handle.Kind switch
        {
            HandleKind.TypeDefinition => [NamespaceOf(reader, (TypeDefinitionHandle)handle)],
            HandleKind.MethodDefinition => [NamespaceOf(reader, reader.GetMethodDefinition((MethodDefinitionHandle)handle).GetDeclaringType())],
            HandleKind.FieldDefinition => [NamespaceOf(reader, reader.GetFieldDefinition((FieldDefinitionHandle)handle).GetDeclaringType())],
            HandleKind.MemberReference => NamespacesOf(reader, reader.GetMemberReference((MemberReferenceHandle)handle).Parent),
            HandleKind.MethodSpecification => NamespacesOf(reader, reader.GetMethodSpecification((MethodSpecificationHandle)handle).Method),
            HandleKind.TypeSpecification => reader.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(new OwnTypes(reader), null),
            _ => [],
        };
    }

    // A nested type is in its outermost type's namespace.
    private static string NamespaceOf(MetadataReader reader, TypeDefinitionHandle handle)
    {
        var type = reader.GetTypeDefinition(handle);
        while (type.IsNested)
        {
            type = reader.GetTypeDefinition(type.GetDeclaringType());
        }

        return reader.GetString(type.Namespace);
    }

    // The assembly's own types named in a signature: its return, parameter, field and generic argument types.
    private static IEnumerable<string> FieldNamespaces(MetadataReader reader, FieldDefinition field) =>
        field.DecodeSignature(new OwnTypes(reader), null);

    private static IEnumerable<string> MethodNamespaces(MetadataReader reader, MethodDefinition method)
    {
        var signature = method.DecodeSignature(new OwnTypes(reader), null);
        return signature.ReturnType.Concat(signature.ParameterTypes.SelectMany(p => p));
    }

    /// <summary>Decodes a signature into the namespaces of the assembly's own types it names.</summary>
    private sealed class OwnTypes(MetadataReader reader) : ISignatureTypeProvider<IEnumerable<string>, object?>
    {
        public IEnumerable<string> GetTypeFromDefinition(MetadataReader r, TypeDefinitionHandle handle, byte rawTypeKind) => [NamespaceOf(reader, handle)];
        public IEnumerable<string> GetTypeFromReference(MetadataReader r, TypeReferenceHandle handle, byte rawTypeKind) => [];
        public IEnumerable<string> GetTypeFromSpecification(MetadataReader r, object? context, TypeSpecificationHandle handle, byte rawTypeKind) =>
            r.GetTypeSpecification(handle).DecodeSignature(this, context);
        public IEnumerable<string> GetPrimitiveType(PrimitiveTypeCode typeCode) => [];
        public IEnumerable<string> GetSZArrayType(IEnumerable<string> elementType) => elementType;
        public IEnumerable<string> GetArrayType(IEnumerable<string> elementType, ArrayShape shape) => elementType;
        public IEnumerable<string> GetByReferenceType(IEnumerable<string> elementType) => elementType;
        public IEnumerable<string> GetPointerType(IEnumerable<string> elementType) => elementType;
        public IEnumerable<string> GetPinnedType(IEnumerable<string> elementType) => elementType;
        public IEnumerable<string> GetGenericInstantiation(IEnumerable<string> genericType, System.Collections.Immutable.ImmutableArray<IEnumerable<string>> typeArguments) =>
            genericType.Concat(typeArguments.SelectMany(a => a));
        public IEnumerable<string> GetGenericMethodParameter(object? context, int index) => [];
        public IEnumerable<string> GetGenericTypeParameter(object? context, int index) => [];
        public IEnumerable<string> GetFunctionPointerType(MethodSignature<IEnumerable<string>> signature) =>
            signature.ReturnType.Concat(signature.ParameterTypes.SelectMany(p => p));
        public IEnumerable<string> GetModifiedType(IEnumerable<string> modifier, IEnumerable<string> unmodifiedType, bool isRequired) => unmodifiedType;
    }

    private static readonly Dictionary<short, OperandType> Operands = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value, o => o.OperandType);

    // The metadata tokens a method body names (calls, fields, types, tokens loaded).
    private static IEnumerable<int> Tokens(BlobReader il)
    {
        var tokens = new List<int>();
        while (il.RemainingBytes > 0)
        {
            short code = il.ReadByte();
            if (code == 0xFE)
            {
                code = (short)(0xFE00 | il.ReadByte());
            }

            switch (Operands.GetValueOrDefault(code, OperandType.InlineNone))
            {
                case OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok:
                    var token = il.ReadInt32();
                    if ((token >>> 24) is 0x01 or 0x02 or 0x04 or 0x06 or 0x0A or 0x1B or 0x2B)
                    {
                        tokens.Add(token); // type and member references and definitions, and their generic instances
                    }

                    break;
                case OperandType.InlineSwitch:
                    var targets = il.ReadInt32(); // read first: 'Offset +=' would read the offset before the count
                    il.Offset += targets * 4;
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    il.Offset += 8;
                    break;
                case OperandType.InlineBrTarget or OperandType.InlineI or OperandType.InlineSig or OperandType.InlineString or OperandType.ShortInlineR:
                    il.Offset += 4;
                    break;
                case OperandType.InlineVar:
                    il.Offset += 2;
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    il.Offset += 1;
                    break;
            }
        }

        return tokens;
    }
}
