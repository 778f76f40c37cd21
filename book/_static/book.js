// 이 책의 페이지 보완 스크립트(모든 페이지에 실린다).

// 글자 폭만 가진 대역 글꼴(fonts.css의 "… Metrics", 1 KB 미만, 페이지 안에 들어 있다)을 본문을 그리기
// 전에 읽어 둔다. 그래야 한글 웹 글꼴이 오기 전의 첫 화면부터 글자 자리가 맞아 글꼴이 도착해도 페이지가
// 움직이지 않는다(글꼴이 필요해진 뒤에야 읽으면 첫 화면은 폭이 다른 네모 글자로 그려진다).
if (document.fonts) {
  document.fonts.load('16px "BookGothicKR Metrics"', "가");
  document.fonts.load('16px "BookCodingKR Metrics"', "a가");
}

// 접근성 보완: 목차의 펼치기 단추(<summary>)에 화면 낭독기가 읽을 이름을 붙인다.
document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("nav summary").forEach((summary) => {
    if (!summary.textContent.trim() && !summary.hasAttribute("aria-label")) {
      const link = summary.parentElement.parentElement.querySelector(":scope > a");
      const name = link ? link.textContent.trim() : "";
      summary.setAttribute("aria-label", name ? `${name} 하위 목차 펼치기` : "하위 목차 펼치기");
    }
  });
});

// 참고 문헌 목록: docutils가 붙인 role="list"에는 listitem 자식이 없어 보조 기술이 목록을 잘못 읽는다.
document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll('.citation-list[role="list"]').forEach((list) => {
    list.removeAttribute("role");
  });
});

// 수식 안의 한글(\text{…})은 본문 글꼴로 그린다(mtextInheritFont). MathJax는 수식을 그릴 때 그 글자의
// 폭을 재서 고정하므로, 한글 웹 글꼴이 그 뒤에 도착하면 글자가 옆 기호와 겹친다. 그래서 수식을 다 그린
// 뒤에 글꼴이 하나라도 새로 도착하면 수식을 다시 그린다(다시 재고 배치만 하므로 빠르다).
(() => {
  const config = window.MathJax;
  if (!config || !document.fonts) {
    return; // 수식이 없는 페이지
  }
  let typeset = false;
  let fontsArrived = false;
  let queued = false;
  const rerender = () => {
    if (!typeset || queued || !document.querySelector("mjx-container mjx-utext")) {
      return;
    }
    queued = true;
    document.fonts.ready.then(() => {
      queued = false;
      // METRICS부터 다시 한다: 기본 rerender()는 재어 둔 본문 글꼴(mtextFamily)을 잃어버려
      // 한글을 MathJax의 serif로 그린다.
      // 글자 폭을 재어 둔 캐시도 비운다: 그대로 두면 대체 글꼴로 잰 폭을 다시 쓴다.
      const { STATE } = window.MathJax._.core.MathItem;
      window.MathJax.startup.output.unknownCache.clear();
      return window.MathJax.startup.document.rerender(STATE.METRICS);
    });
  };
  document.fonts.addEventListener("loadingdone", () => {
    fontsArrived = true;
    rerender();
  });
  const startup = config.startup || {};
  config.startup = {
    ...startup,
    pageReady: () =>
      window.MathJax.startup.defaultPageReady().then(() => {
        typeset = true;
        if (fontsArrived || document.fonts.status === "loading") {
          rerender();
        }
      }),
  };
})();
