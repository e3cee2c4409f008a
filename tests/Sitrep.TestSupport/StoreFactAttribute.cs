using System.ComponentModel;
using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Sitrep.TestSupport;

/// <summary>
/// Marks a test class (typically a backend's subclass of a shared contract test class) whose
/// tests need the test PostgreSQL server; its <see cref="StoreFactAttribute"/> tests are skipped
/// with a clear message when SITREP_TEST_POSTGRES is unset.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresPostgresAttribute : Attribute;

/// <summary>
/// A fact in a contract test class that every store backend runs: it runs like <see cref="FactAttribute"/>,
/// but is skipped in classes marked <see cref="RequiresPostgresAttribute"/> when no PostgreSQL is configured.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer("Sitrep.TestSupport.StoreFactDiscoverer", "Sitrep.TestSupport")]
public sealed class StoreFactAttribute : FactAttribute;

/// <summary>Discovers <see cref="StoreFactAttribute"/> tests, deciding the skip per concrete test class.</summary>
public sealed class StoreFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        bool needsPostgres = testMethod.TestClass.Class.GetCustomAttributes(typeof(RequiresPostgresAttribute)).Any();
        string? skip = needsPostgres && TestPostgres.ConnectionString is null ? TestPostgres.SkipMessage : null;
        yield return new StoreTestCase(diagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(),
            discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, skip);
    }
}

/// <summary>A test case whose skip reason was decided at discovery.</summary>
public sealed class StoreTestCase : XunitTestCase
{
    private string? _skip;

    [EditorBrowsable(EditorBrowsableState.Never)]
    [Obsolete("Called by the de-serializer only.", error: true)]
    public StoreTestCase()
    {
    }

    public StoreTestCase(IMessageSink sink, TestMethodDisplay display, TestMethodDisplayOptions options, ITestMethod testMethod, string? skip)
        : base(sink, display, options, testMethod) => _skip = skip;

    protected override string? GetSkipReason(IAttributeInfo factAttribute) => _skip ?? base.GetSkipReason(factAttribute);

    public override void Serialize(IXunitSerializationInfo data)
    {
        base.Serialize(data);
        data.AddValue("StoreSkip", _skip);
    }

    public override void Deserialize(IXunitSerializationInfo data)
    {
        _skip = data.GetValue<string?>("StoreSkip");
        base.Deserialize(data);
    }
}
