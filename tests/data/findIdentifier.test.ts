import { describe, expect, it } from "vitest";
import { findIdentifier } from "../../lib/data/findIdentifier";

describe("findIdentifier", () => {
  it.each([
    ["zhang.wei@hospital.cn", "e-mail address"],
    ["310104198807123456", "national ID-card number"],
    ["31010419880712345X", "national ID-card number"],
    ["310104880712345", "national ID-card number"],
    ["13912345678", "phone number"],
    ["+86 139 1234 5678", "phone number"],
    ["021-64041990", "phone number"],
    ["+44 20 7946 0958", "phone number"],
    ["2021-03-14", "calendar date"],
    ["2021/3/4", "calendar date"],
    ["2021年3月4日", "calendar date"],
    ["14/03/2021", "calendar date"],
    ["20210314", "calendar date"],
    ["14 Mar 2021", "calendar date"],
    ["March 14, 2021", "calendar date"],
    ["ID 1234567", "long number"],
  ])("%s is a %s", (text, kind) => {
    expect(findIdentifier(text)).toBe(kind);
  });
  it.each(["LM-0001", "LM-12345", "pemetrexed", "123.45", "2024", "4500", "", "G3a", "70-80"])("%s passes", (text) => {
    expect(findIdentifier(text)).toBeNull();
  });
});
