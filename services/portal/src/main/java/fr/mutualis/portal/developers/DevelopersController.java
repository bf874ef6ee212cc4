package fr.mutualis.portal.developers;

import fr.mutualis.contracts.EventChannels;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The developers' page: the public event topics an integrator may subscribe to, as the AsyncAPI document declares
 * them, and the catalogue of every event type generated from the contracts (served from the contracts' jar).
 */
@Controller
class DevelopersController {

    @GetMapping("/developpeurs")
    String developers(Model model) {
        model.addAttribute("canaux", EventChannels.all().stream().filter(EventChannels.Channel::isPublic).toList());
        return "developpeurs";
    }
}
