using System.Reflection;
using System.Reflection.Emit;

namespace Corridor.Tests.Architecture;

/// <summary>
/// The feature → feature dependencies of the compiled assemblies: every type a feature's types name in their base
/// types, interfaces, fields, properties, signatures, attributes and method bodies (the IL's type, member and token
/// operands), grouped by the feature of each side. A type's feature is the second part of its namespace
/// (<c>Corridor.Trade</c>, <c>Corridor.Trade.Sub</c>), or the third under <c>Corridor.Pages</c>; a compiled Razor view
/// (<c>Pages_Trade_Order</c>) belongs to the feature of its folder. Nested and compiler-generated types (lambdas, async
/// state machines) count for the type they are declared in.
/// </summary>
internal static class FeatureDependencies
{
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!).ToDictionary(o => o.Value);

    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    /// <summary>The feature of a type, or null for the foundation (Common, Storage, Import, Web, Cli, ...) and other code.</summary>
    public static string? FeatureOf(Type type, IReadOnlySet<string> features)
    {
        while (type.DeclaringType is { } outer)
        {
            type = outer;
        }

        var ns = type.Namespace ?? "";
        if (ns == "AspNetCoreGeneratedDocument")
        {
            var parts = type.Name.Split('_');
            return parts.Length > 2 && parts[0] == "Pages" && features.Contains(parts[1]) ? parts[1] : null;
        }

        var segments = ns.Split('.');
        if (segments.Length < 2 || segments[0] != "Corridor")
        {
            return null;
        }

        var name = segments[1] == "Pages" && segments.Length > 2 ? segments[2] : segments[1];
        return features.Contains(name) ? name : null;
    }

    /// <summary>(from feature, to feature) → the first few type pairs that make the edge, for the failure message.</summary>
    public static Dictionary<(string From, string To), SortedSet<string>> Of(IEnumerable<Assembly> assemblies, IReadOnlySet<string> features)
    {
        var edges = new Dictionary<(string, string), SortedSet<string>>();
        foreach (var type in assemblies.SelectMany(a => a.GetTypes()))
        {
            if (FeatureOf(type, features) is not { } from)
            {
                continue;
            }

            foreach (var used in Referenced(type))
            {
                foreach (var leaf in Leaves(used))
                {
                    if (FeatureOf(leaf, features) is { } to && to != from)
                    {
                        var set = edges.TryGetValue((from, to), out var s) ? s : edges[(from, to)] = new SortedSet<string>(StringComparer.Ordinal);
                        set.Add($"{Outermost(type).FullName} → {Outermost(leaf).FullName}");
                    }
                }
            }
        }

        return edges;
    }

    private static Type Outermost(Type t)
    {
        while (t.DeclaringType is { } outer)
        {
            t = outer;
        }

        return t;
    }

    // A constructed or decorated type stands for every type it is made of.
    private static IEnumerable<Type> Leaves(Type t)
    {
        if (t.HasElementType)
        {
            foreach (var e in Leaves(t.GetElementType()!))
            {
                yield return e;
            }

            yield break;
        }

        if (t.IsGenericParameter)
        {
            yield break;
        }

        if (t.IsConstructedGenericType)
        {
            yield return t.GetGenericTypeDefinition();
            foreach (var a in t.GetGenericArguments().SelectMany(Leaves))
            {
                yield return a;
            }

            yield break;
        }

        yield return t;
    }

    private static IEnumerable<Type> Referenced(Type type)
    {
        var found = new List<Type>();
        if (type.BaseType is { } b)
        {
            found.Add(b);
        }

        found.AddRange(type.GetInterfaces());
        found.AddRange(Attributes(type.CustomAttributes));
        foreach (var f in type.GetFields(Declared))
        {
            found.Add(f.FieldType);
            found.AddRange(Attributes(f.CustomAttributes));
        }

        foreach (var p in type.GetProperties(Declared))
        {
            found.Add(p.PropertyType);
            found.AddRange(Attributes(p.CustomAttributes));
        }

        foreach (var m in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            if (m is MethodInfo mi)
            {
                found.Add(mi.ReturnType);
            }

            found.AddRange(Attributes(m.CustomAttributes));
            foreach (var p in m.GetParameters())
            {
                found.Add(p.ParameterType);
                found.AddRange(Attributes(p.CustomAttributes));
            }

            found.AddRange(BodyTypes(m));
        }

        return found;
    }

    private static IEnumerable<Type> Attributes(IEnumerable<CustomAttributeData> attributes)
    {
        foreach (var a in attributes)
        {
            yield return a.AttributeType;
            foreach (var arg in a.ConstructorArguments.Concat(a.NamedArguments.Select(n => n.TypedValue)))
            {
                if (arg.Value is Type t)
                {
                    yield return t;
                }
            }
        }
    }

    private static List<Type> BodyTypes(MethodBase method)
    {
        var types = new List<Type>();
        MethodBody? body;
        try
        {
            body = method.GetMethodBody();
        }
        catch (Exception ex) when (ex is InvalidOperationException or NotSupportedException)
        {
            return types;
        }

        if (body is null)
        {
            return types;
        }

        types.AddRange(body.LocalVariables.Select(l => l.LocalType));
        var il = body.GetILAsByteArray() ?? [];
        var module = method.Module;
        var typeArgs = method.DeclaringType is { IsGenericType: true } d ? d.GetGenericArguments() : null;
        var methodArgs = method is MethodInfo { IsGenericMethod: true } g ? g.GetGenericArguments() : null;
        var i = 0;
        while (i < il.Length)
        {
            short value = il[i++];
            if (value == 0xFE)
            {
                value = (short)(0xFE00 | il[i++]);
            }

            var op = OpCodesByValue[value];
            switch (op.OperandType)
            {
                case OperandType.InlineType or OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineTok:
                    var token = BitConverter.ToInt32(il, i);
                    i += 4;
                    try
                    {
                        switch (module.ResolveMember(token, typeArgs, methodArgs))
                        {
                            case Type t:
                                types.Add(t);
                                break;
                            case MethodBase m:
                                types.Add(m.DeclaringType!);
                                break;
                            case FieldInfo f:
                                types.Add(f.DeclaringType!);
                                types.Add(f.FieldType);
                                break;
                        }
                    }
                    catch (Exception ex) when (ex is ArgumentException or BadImageFormatException or TypeLoadException)
                    {
                        // A token the runtime cannot resolve out of its generic context names nothing we can map.
                    }

                    break;
                case OperandType.InlineSwitch:
                    i += 4 + (BitConverter.ToInt32(il, i) * 4);
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    i += 8;
                    break;
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    i += 1;
                    break;
                case OperandType.InlineVar:
                    i += 2;
                    break;
                default:
                    i += 4;
                    break;
            }
        }

        return types;
    }
}
