using Xunit;

namespace Sitrep.TestSupport;

/// <summary>A fact that needs a file or folder under `../shared`; skipped with a clear message when it is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute(params string[] pathUnderShared)
    {
        if (RepoPaths.SharedPath(pathUnderShared) is null)
            Skip = $"needs ../shared/{string.Join('/', pathUnderShared)}, which is absent in this checkout";
    }
}

/// <summary>A theory that needs a file or folder under `../shared`; skipped with a clear message when it is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute(params string[] pathUnderShared)
    {
        if (RepoPaths.SharedPath(pathUnderShared) is null)
            Skip = $"needs ../shared/{string.Join('/', pathUnderShared)}, which is absent in this checkout";
    }
}
