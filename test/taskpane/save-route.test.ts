import { chooseSaveRoute, officeSaveHost } from "../../src/taskpane/save-route";

describe("chooseSaveRoute", () => {
  const openBrowserWindow = () => undefined;

  it("uses the system browser on Mac and iPad, whose webview drops Blob downloads", () => {
    expect(chooseSaveRoute({ platform: "Mac", openBrowserWindow }, false)).toBe("browser-window");
    expect(chooseSaveRoute({ platform: "iOS", openBrowserWindow }, false)).toBe("browser-window");
  });

  it("has no route on a Mac without OpenBrowserWindowApi", () => {
    expect(chooseSaveRoute({ platform: "Mac" }, false)).toBe("none");
  });

  it("downloads in the webview on the web, on Windows and outside Office (the playground)", () => {
    expect(chooseSaveRoute({ platform: "OfficeOnline" }, false)).toBe("download");
    expect(chooseSaveRoute({ platform: "PC", openBrowserWindow }, false)).toBe("download");
    expect(chooseSaveRoute(undefined, false)).toBe("download");
  });

  it("uses msSaveOrOpenBlob in old Windows webviews", () => {
    expect(chooseSaveRoute({ platform: "PC" }, true)).toBe("ms-save");
  });
});

describe("officeSaveHost", () => {
  const globals = globalThis as { Office?: unknown };
  afterEach(() => delete globals.Office);

  it("is undefined outside Office", () => {
    expect(officeSaveHost()).toBeUndefined();
  });

  it("reads the platform and offers openBrowserWindow only where OpenBrowserWindowApi 1.1 is supported", () => {
    const open = jest.fn();
    const office = (supported: boolean) => ({
      context: {
        diagnostics: { platform: "Mac" },
        ui: { openBrowserWindow: open },
        requirements: {
          isSetSupported: (set: string, v: string) => supported && set === "OpenBrowserWindowApi" && v === "1.1",
        },
      },
    });
    globals.Office = office(true);
    const host = officeSaveHost()!;
    expect(host.platform).toBe("Mac");
    host.openBrowserWindow!("https://a.example/save-word.html#x");
    expect(open).toHaveBeenCalledWith("https://a.example/save-word.html#x");
    globals.Office = office(false);
    expect(officeSaveHost()).toEqual({ platform: "Mac", openBrowserWindow: undefined });
  });
});
