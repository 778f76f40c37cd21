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
