using AfterSales.GrainInterfaces.Common;

namespace AfterSales.Tests.Tickets;

/// <summary>R-TKT-1: the callback number is a phone number as people write it, and its tel: link dials its digits.</summary>
public sealed class PhoneNumberTests
{
    [Theory]
    [InlineData("13800138000", "tel:13800138000")]
    [InlineData("0531-8888 6666", "tel:053188886666")]
    [InlineData("+86 (531) 8888-6666", "tel:+8653188886666")]
    [InlineData(" +86 138 0013 8000", "tel:+8613800138000")]
    [InlineData("12345", "tel:12345")]
    public void R_TKT_1_a_phone_number_as_people_write_it_is_one_and_dials_its_digits(string number, string tel)
    {
        Assert.True(PhoneNumber.IsValid(number.Trim()));
        Assert.Equal(tel, PhoneNumber.Tel(number));
    }

    [Theory]
    [InlineData("")]
    [InlineData("1234")]
    [InlineData("123456789012345678901")]
    [InlineData("call me")]
    [InlineData("138.0013.8000")]
    [InlineData("1380013800０")]
    [InlineData("1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7")]
    public void R_TKT_1_anything_else_is_no_phone_number(string text) => Assert.False(PhoneNumber.IsValid(text));
}
