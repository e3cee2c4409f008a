using System.Reflection;
using Sitrep.Errors;

namespace Sitrep.Tests.Errors;

public class ErrorCodesTests
{
    private static readonly ErrorCode[] Declared = typeof(ErrorCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(ErrorCode))
        .Select(f => (ErrorCode)f.GetValue(null)!)
        .ToArray();

    [Fact]
    public void All_ListsEveryDeclaredCode()
    {
        Assert.Equal(Declared.Select(c => c.Code).Order(), ErrorCodes.All.Select(c => c.Code).Order());
    }

    [Fact]
    public void All_CodesAndNamesAreUnique()
    {
        Assert.Equal(ErrorCodes.All.Length, ErrorCodes.All.Select(c => c.Code).Distinct().Count());
        Assert.Equal(ErrorCodes.All.Length, ErrorCodes.All.Select(c => c.Name).Distinct().Count());
        Assert.All(ErrorCodes.All, c => Assert.Matches(@"^SR\d{4}$", c.Code));
    }
}
