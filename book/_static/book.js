// 이 책의 페이지 보완 스크립트(모든 페이지에 defer로 실린다. MathJax보다 먼저 실행된다).
// 글꼴 대역을 읽는 짧은 인라인 스크립트는 _ext/book_site.py의 FONT_LOADER에 있다.

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
// 폭을 재서 고정하므로, 한글 웹 글꼴이 그 뒤에 도착하면 글자가 옆 기호와 겹칠 수 있다. 보통은 폭만 가진
// 대역 글꼴(fonts.css의 "… Metrics")로 미리 맞게 재지만, 수식을 다 그린 뒤에 도착한 글꼴이 폭을 바꾸었으면
// 수식을 다시 잰다(다시 재고 배치만 한다).
(() => {
  const config = window.MathJax;
  if (!config || !document.fonts) {
    return; // 수식이 없는 페이지
  }
  let typeset = false;
  let queued = false;
  // MathJax가 \text{…}에 정해 둔 폭과 지금 글꼴로 그린 글자의 폭이 다른 것이 하나라도 있는가
  const stale = () =>
    [...document.querySelectorAll("mjx-container mjx-utext")].some((utext) => {
      const range = document.createRange();
      range.selectNodeContents(utext);
      return Math.abs(range.getBoundingClientRect().width - utext.getBoundingClientRect().width) > 0.5;
    });
  const rerender = () => {
    if (!typeset || queued) {
      return;
    }
    queued = true;
    document.fonts.ready.then(() => {
      queued = false;
      if (!stale()) {
        return undefined; // 글꼴이 오기 전에도 폭 대역 글꼴로 재어 두었으면 다시 그릴 것이 없다
      }
      // METRICS부터 다시 한다: 기본 rerender()는 재어 둔 본문 글꼴(mtextFamily)을 잃어버려
      // 한글을 MathJax의 serif로 그린다. 글자 폭 캐시도 비운다: 그대로 두면 옛 폭을 다시 쓴다.
      const { STATE } = window.MathJax._.core.MathItem;
      window.MathJax.startup.output.unknownCache.clear();
      return window.MathJax.startup.document.rerender(STATE.METRICS);
    });
  };
  document.fonts.addEventListener("loadingdone", rerender);
  // 수식은 위에서부터 몇 개씩 나누어 그리고 사이사이 브라우저에 차례를 넘긴다. 한 번에 다 그리면 수식이
  // 많은 페이지에서 0.5초 넘게 페이지가 입력에 반응하지 않는다(휴대폰에서).
  const BATCH = 4;
  const typesetInBatches = async () => {
    const math = [...document.querySelectorAll(".math")];
    for (let i = 0; i < math.length; i += BATCH) {
      await window.MathJax.typesetPromise(math.slice(i, i + BATCH));
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    await window.MathJax.typesetPromise(); // 셀 출력 등 .math 밖의 수식
    typeset = true;
    rerender();
  };
  const startup = config.startup || {};
  config.startup = {
    ...startup,
    typeset: false,
    pageReady: () => window.MathJax.startup.defaultPageReady().then(typesetInBatches),
  };
})();

// 그림 크게 보기: 휴대폰처럼 좁은 화면에서는 그림이 본문 폭에 맞춰 줄어 그림 속 글자가 작아진다. 그렇게
// 줄어든 그림만 단추가 되어, 누르면(Enter·Space도) 원래 크기로 화면 가득 연다. 옆으로 밀어 보고, 닫기
// 단추·Esc·그림 누르기로 닫으면 초점이 그림으로 돌아온다. 줄지 않은 그림(데스크톱)은 단추가 아니다.
document.addEventListener("DOMContentLoaded", () => {
  const images = [...document.querySelectorAll(".bd-article .cell_output img[width]")].filter(
    (img) => !img.closest(".animation"),
  );
  if (!images.length || !window.HTMLDialogElement) {
    return;
  }
  let dialog = null;
  let opener = null;
  const build = () => {
    dialog = document.createElement("dialog");
    dialog.className = "figure-zoom";
    dialog.setAttribute("aria-label", "그림 크게 보기");
    dialog.innerHTML =
      '<button type="button" class="figure-zoom-close">닫기</button>' +
      '<div class="figure-zoom-frame"><img alt=""></div>';
    dialog.addEventListener("click", () => dialog.close());
    dialog.addEventListener("close", () => {
      dialog.querySelector("img").removeAttribute("src");
      if (opener) {
        opener.focus({ preventScroll: true });
      }
    });
    document.body.append(dialog);
  };
  const open = (img) => {
    if (!img.matches(".figure-zoomable")) {
      return;
    }
    if (!dialog) {
      build();
    }
    opener = img;
    const big = dialog.querySelector("img");
    big.src = img.currentSrc || img.src;
    big.alt = img.alt;
    big.width = Number(img.getAttribute("width"));
    big.height = Number(img.getAttribute("height"));
    dialog.showModal();
    const frame = dialog.querySelector(".figure-zoom-frame");
    frame.scrollLeft = 0;
    frame.scrollTop = 0;
  };
  // 보이는 폭이 원래 폭의 85 %보다 작은 그림만 단추로 만든다(창 크기가 바뀌면 다시 정한다).
  const mark = () => {
    for (const img of images) {
      const shown = img.getBoundingClientRect().width;
      const zoomable = shown > 0 && shown < 0.85 * Number(img.getAttribute("width"));
      if (zoomable === img.classList.contains("figure-zoomable")) {
        continue;
      }
      img.classList.toggle("figure-zoomable", zoomable);
      if (zoomable) {
        img.setAttribute("role", "button");
        img.tabIndex = 0;
        img.setAttribute("aria-haspopup", "dialog");
        img.title = "눌러서 크게 보기";
      } else {
        for (const name of ["role", "tabindex", "aria-haspopup", "title"]) {
          img.removeAttribute(name);
        }
      }
    }
  };
  for (const img of images) {
    img.addEventListener("click", () => open(img));
    // 단추처럼: Enter는 누를 때, Space는 뗄 때 연다(누를 때 열면 뗄 때 초점이 간 닫기 단추가 눌린다)
    img.addEventListener("keydown", (event) => {
      if (event.key === "Enter") {
        event.preventDefault();
        open(img);
      } else if (event.key === " ") {
        event.preventDefault(); // 페이지가 내려가지 않게
      }
    });
    img.addEventListener("keyup", (event) => {
      if (event.key === " ") {
        event.preventDefault();
        open(img);
      }
    });
  }
  mark();
  let pending = false;
  window.addEventListener("resize", () => {
    if (!pending) {
      pending = true;
      requestAnimationFrame(() => {
        pending = false;
        mark();
      });
    }
  });
});
