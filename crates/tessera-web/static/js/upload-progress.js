// Upload progress for large files: sends the upload form with XMLHttpRequest so the page can
// show how much has been sent. Without JavaScript the form posts normally and the browser shows
// its own progress; this file only adds to that.
(function () {
  "use strict";
  var form = document.querySelector("form[data-upload-progress]");
  var box = document.getElementById("upload-progress");
  var bar = document.getElementById("upload-progress-bar");
  var text = document.getElementById("upload-progress-text");
  if (!form || !box || !bar || !text || !window.FormData || !window.XMLHttpRequest) {
    return;
  }
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var button = form.querySelector("button[type=submit]");
    if (button) { button.disabled = true; }
    box.hidden = false;
    var xhr = new XMLHttpRequest();
    xhr.open("POST", form.action);
    xhr.upload.addEventListener("progress", function (e) {
      if (!e.lengthComputable) { return; }
      var percent = Math.floor((e.loaded / e.total) * 100);
      bar.value = percent;
      bar.textContent = percent + "%";
      text.textContent = percent < 100
        ? "Uploaded " + percent + "% (" + Math.round(e.loaded / 1048576) + " of " + Math.round(e.total / 1048576) + " MB)"
        : "Uploaded. Reading the file…";
    });
    xhr.addEventListener("load", function () {
      if (xhr.status < 400 && xhr.responseURL && xhr.responseURL !== form.action) {
        window.location.assign(xhr.responseURL);
        return;
      }
      // The form came back with a problem: show that page as the browser would have.
      document.open();
      document.write(xhr.responseText);
      document.close();
    });
    xhr.addEventListener("error", function () {
      if (button) { button.disabled = false; }
      text.textContent = "The upload failed. Check your connection and try again.";
    });
    xhr.send(new FormData(form));
  });
})();
